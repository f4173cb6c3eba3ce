import {html, nothing, svg, type TemplateResult} from 'lit';

/** Diagonal bands over a 14 × 14 key, running as the map's hatch runs: one band in three, every 6 units. */
const HATCH = [-14, -8, -2, 4, 10].map((x) => `M${x} 0h2l14 14h-2z`).join('');

/**
 * A colour key as SVG: a `fill` attribute, unlike an inline style, is allowed by a strict Content-Security-Policy.
 * Without a colour it shows the neutral fill of countries in no bloc. A hatched key is an opinion's, as on the map.
 */
export function swatch(colour?: string, hatched = false): TemplateResult {
  return html`<svg class="swatch ${colour ? '' : 'none'}" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="3" fill=${colour ?? nothing}></rect>${
    hatched ? svg`<path class="hatch" d=${HATCH}></path>` : nothing
  }</svg>`;
}
