import {html, type TemplateResult} from 'lit';
import {optionSpecs, type Declaration} from '../embed/query.js';
import {iframeSnippet, scriptSnippet} from '../embed/snippets.js';
import type {Strings} from '../i18n/strings.js';

export {embedDialogStyles} from './embed-dialog.styles.js';

/** Which snippet. */
export type SnippetKind = 'script' | 'frame';

export interface EmbedDialogProps {
  /** The URL of the embed module the page loaded. */
  module: string;
  page: string;
  /** The element's declared properties: the attributes a snippet may carry. */
  properties: ReadonlyMap<PropertyKey, Declaration>;
  attributes: readonly (readonly [string, string])[];
  title: string;
  height: number;
  /** What the last copy of each snippet did, for its live region. */
  status: Partial<Record<SnippetKind, string>>;
  strings: Strings;
  onCopy: (kind: SnippetKind, text: string, field: HTMLTextAreaElement) => void;
  onClose: () => void;
}

/**
 * "Embed this": the script snippet and the iframe snippet for the view on screen, each with a copy button and a
 * live region that says what the copy did. A modal <dialog>: focus stays in it, Escape closes it.
 */
export function embedDialog(p: EmbedDialogProps): TemplateResult {
  const t = p.strings;
  const input = {module: p.module, page: p.page, attributes: p.attributes, specs: optionSpecs(p.properties), title: p.title, height: p.height};
  return html`<dialog class="embed" part="embed-dialog" aria-labelledby="embed-title" @close=${p.onClose}>
    <div class="head">
      <h3 id="embed-title">${t.embedTitle}</h3>
      <button part="button" class="close" aria-label=${t.close} @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    ${snippet(p, 'script', t.embedScript, t.embedScriptHelp, scriptSnippet(input))}
    ${snippet(p, 'frame', t.embedFrame, t.embedFrameHelp, iframeSnippet(input))}
  </dialog>`;
}

function snippet(p: EmbedDialogProps, kind: SnippetKind, title: string, help: string, code: string): TemplateResult {
  const copy = (e: Event) => {
    const field = (e.currentTarget as HTMLElement).closest('section')?.querySelector('textarea');
    if (field) p.onCopy(kind, code, field);
  };
  return html`<section data-snippet=${kind}>
    <h4 id="embed-${kind}">${title}</h4>
    <p class="help">${help}</p>
    <textarea readonly rows="4" spellcheck="false" aria-labelledby="embed-${kind}" .value=${code}></textarea>
    <div class="copy">
      <button part="button" @click=${copy}>${p.strings.copy}</button>
      <span role="status">${p.status[kind] ?? ''}</span>
    </div>
  </section>`;
}
