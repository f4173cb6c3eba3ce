import {html, nothing, svg, type TemplateResult} from 'lit';
import type {Bloc} from '../model/types.js';

/** Diagonal bands over a 14 × 14 key, running as the map's hatch runs: one band in three, every 6 units. */
const HATCH = [-14, -8, -2, 4, 10].map((x) => `M${x} 0h2l14 14h-2z`).join('');

/**
 * A colour key as SVG: a `fill` attribute, unlike an inline style, is allowed by a strict Content-Security-Policy.
 * Without a colour it shows the neutral fill of countries in no bloc. Given its bloc, the key is hatched for an
 * opinion, as on the map, and a page's `--alignment-bloc-<id>` colour reaches it as it reaches the countries.
 */
export function swatch(colour?: string, bloc?: Pick<Bloc, 'id' | 'opinion'>): TemplateResult {
  return html`<svg class="swatch ${colour ? '' : 'none'}" data-bloc=${bloc?.id ?? nothing} viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="3" fill=${colour ?? nothing}></rect>${
    bloc?.opinion ? svg`<path class="hatch" d=${HATCH}></path>` : nothing
  }</svg>`;
}

/** The key for a country in two groups at once: stripes of two greys, as the map stripes a second colour. */
export function stripedSwatch(): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><rect class="stripe-a" width="14" height="14" rx="3"></rect
    ><path class="stripe-b" d="M4 0h4v14h-4zM12 0h2v14h-2z"></path></svg>`;
}

/** The key for the ring drawn on a country whose memberships span two sides. */
export function ringSwatch(): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><circle class="overlap" cx="7" cy="7" r="5"></circle></svg>`;
}
