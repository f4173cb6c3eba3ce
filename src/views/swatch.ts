import {html, nothing, type TemplateResult} from 'lit';

/**
 * A colour key as SVG: a `fill` attribute, unlike an inline style, is allowed by a strict Content-Security-Policy.
 * Without a colour it shows the neutral fill of countries in no bloc. With a bloc id, a page's
 * `--alignment-bloc-<id>` colour reaches it as it reaches the countries.
 */
export function swatch(colour?: string, bloc?: string): TemplateResult {
  return html`<svg class="swatch ${colour ? '' : 'none'}" data-bloc=${bloc ?? nothing} viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="3" fill=${colour ?? nothing}></rect></svg>`;
}
