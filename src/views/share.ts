import {html, nothing, type TemplateResult} from 'lit';

/**
 * What the Share item did: a status that screen readers hear ("Link copied"), and, where the clipboard was
 * refused, the link in a field, selected, to copy by hand.
 */
export function shareView(status: string, url: string | undefined, label: string): TemplateResult {
  return html`<span class="share-status" role="status">${status}</span>${
    url ? html`<input class="share-link" readonly aria-label=${label} .value=${url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : nothing
  }`;
}
