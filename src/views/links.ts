import {html, nothing, type TemplateResult} from 'lit';
import {remembered} from '../model/memo.js';
import type {Source} from '../model/types.js';

/** Only web addresses become links; anything else (a `javascript:` URL, say) is shown as plain text. */
export const isWebLink: (url: string) => boolean = remembered((url) => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
});

/** A source as a link that opens apart from the page and tells it nothing about where the reader came from. */
export function sourceLink(source: Source): TemplateResult {
  return isWebLink(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${source.label}</a>`
    : html`<span class="unlinked">${source.label} (${source.url})</span>`;
}

/** A comma-separated list of source links, or nothing. */
export function sourceList(label: string, sources: readonly Source[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<p class="sources"><span class="label">${label}:</span> ${sources.map((s, i) => html`${i ? ', ' : ''}${sourceLink(s)}`)}</p>`;
}

