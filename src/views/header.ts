import {html, nothing, type TemplateResult} from 'lit';
import type {Marker} from './original.js';

export interface HeaderProps {
  title: string;
  intro: string;
  more: string;
  /** Marks text left in the story's own language; absent, the text shows as it is. */
  mark?: Marker;
}

/**
 * The story's title and intro. Only the intro's first sentence shows; the rest waits behind a disclosure,
 * so that on a phone the map is on screen on load.
 */
export function headerView(p: HeaderProps): TemplateResult {
  const [lead, rest] = splitLead(p.intro);
  const mark = p.mark ?? ((text: string) => text);
  return html`<div class="header" part="header">
    <h2>${mark(p.title, 'title')}</h2>
    ${lead ? html`<p>${mark(lead, 'intro')}</p>` : nothing}
    ${rest ? html`<details><summary>${p.more}</summary><p>${mark(rest, 'intro')}</p></details>` : nothing}
  </div>`;
}

/**
 * The first sentence of a text, and the rest. A sentence ends at ".", "!" or "?" followed by a space and a
 * capital letter (in any script that has capitals), or at Urdu's full stop or question mark; a text with no
 * such break is all lead.
 */
export function splitLead(text: string): [string, string] {
  const end = /[.!?]["'’”»)]?\s+(?=\p{Lu})|[۔؟]\s+/u.exec(text);
  if (!end) return [text.trim(), ''];
  const at = end.index + end[0].length;
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}
