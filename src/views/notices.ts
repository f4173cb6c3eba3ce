import {html, nothing, type TemplateResult} from 'lit';
import {formatIssue, type Issue} from '../model/issue.js';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';

const SHOWN = 12;

export interface NoticeProps {
  /** What stopped the story from loading; empty when it loaded. */
  errors: readonly Issue[];
  /** Whether a good story is still on screen behind the error. */
  kept: boolean;
  retryable: boolean;
  onRetry: () => void;
  /** Problems with attributes, which do not stop the map. */
  notes: readonly string[];
  strings: Strings;
}

/** Errors in the element itself, where the reader and the page's author will see them: never a blank box. */
export function noticesView(p: NoticeProps): TemplateResult | typeof nothing {
  const t = p.strings;
  if (p.errors.length === 0 && p.notes.length === 0) return nothing;
  return html`<div class="notice" role="alert" part="error">
    ${p.errors.length
      ? html`<p class="heading">${p.kept ? t.errorKept : t.errorTitle}</p>
          <ul>
            ${p.errors.slice(0, SHOWN).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
            ${p.errors.length > SHOWN ? html`<li>${fill(t.errorMore, {n: p.errors.length - SHOWN})}</li>` : nothing}
          </ul>
          ${p.retryable ? html`<button part="button" @click=${p.onRetry}>${t.retry}</button>` : nothing}`
      : nothing}
    ${p.notes.map((note) => html`<p><code>${note}</code></p>`)}
  </div>`;
}
