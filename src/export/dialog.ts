import {html, nothing, type TemplateResult} from 'lit';
import {fill, type Strings} from '../i18n/strings.js';
import type {TeachingStrings} from '../i18n/teaching.js';
import {SLIDE_SIZES} from './layout.js';

/** What the export dialog shows. */
export interface DialogProps {
  heading: string;
  size: number;
  /** Slide `n` of `total` being drawn, or the zip being packed; undefined when idle. */
  progress: {n: number; total: number} | 'packing' | undefined;
  status: string;
  strings: Strings & TeachingStrings;
  onSize: (index: number) => void;
  onGo: () => void;
  /** Cancel while running, close otherwise: the dialog's Escape does the same. */
  onDismiss: () => void;
}

/**
 * The export dialog: the slide's size, a Download button, and while a series runs, its progress and Cancel.
 * Its owner opens it as a modal once drawn: focus moves in, Escape cancels, the page behind is inert.
 */
export function dialogView(p: DialogProps): TemplateResult {
  const t = p.strings;
  const running = p.progress !== undefined;
  const onCancel = (e: Event) => {
    e.preventDefault();
    p.onDismiss();
  };
  return html`<dialog class="export" part="dialog" aria-labelledby="export-heading" @cancel=${onCancel}>
    <h2 id="export-heading">${p.heading}</h2>
    <fieldset ?disabled=${running}>
      <legend>${t.exportSize}</legend>
      ${SLIDE_SIZES.map(
        (size, i) => html`<label
          ><input type="radio" name="export-size" value=${`${size.width}x${size.height}`} .checked=${i === p.size} @change=${() => p.onSize(i)} />
          ${fill(t.exportSizeOption, {width: size.width, height: size.height})}</label
        >`,
      )}
    </fieldset>
    ${p.progress === undefined
      ? nothing
      : p.progress === 'packing'
        ? html`<progress aria-labelledby="export-heading"></progress>`
        : html`<progress aria-labelledby="export-heading" max=${p.progress.total} value=${p.progress.n - 1}></progress>`}
    <p class="status" role="status">${p.status}</p>
    <div class="actions">
      <button part="button" data-action="dismiss" @click=${p.onDismiss}>${running ? t.exportCancel : t.exportClose}</button>
      <button part="button" class="primary" data-action="go" ?disabled=${running} @click=${p.onGo}>${t.exportGo}</button>
    </div>
  </dialog>`;
}
