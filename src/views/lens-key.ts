import {html, nothing, type TemplateResult} from 'lit';
import type {LensStrings} from '../lens/strings.js';
import type {LegendItem, LensResult} from '../lens/types.js';
import {stripedSwatch, swatch} from './swatch.js';

export interface LensKeyProps {
  /** The lens's name: "Memberships", "UN General Assembly votes, 2019". */
  title: string;
  result: LensResult;
  strings: LensStrings;
  /** Words and action of the button that opens the claim-and-evidence table. */
  evidence: {label: string; open: boolean; onToggle: () => void};
}

/** Legend items under their headings (an institution's name), in order; items without one stand alone. */
function grouped(items: readonly LegendItem[]): {group?: string; items: LegendItem[]}[] {
  const groups: {group?: string; items: LegendItem[]}[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && item.group !== undefined && last.group === item.group) last.items.push(item);
    else groups.push({group: item.group, items: [item]});
  }
  return groups;
}

const entry = (item: LegendItem) =>
  html`<li class="key-note" data-value=${item.id}>${swatch(item.colour)}<span class="name">${item.label}</span>${
    item.count === undefined ? nothing : html` <span class="count">${item.count}</span>`
  }</li>`;

/**
 * A lens's legend, in the legend's place: its entries by institution and tier (or the vote scale, both ends
 * named), the notes that keep it honest (what stripes mean, that voting is not alliance, the year held), and
 * the sources it draws on, cited on screen.
 */
export function lensKeyView(p: LensKeyProps): TemplateResult {
  const {result} = p;
  return html`<div class="key lens-key" part="legend">
    <p class="lens-title">${p.title}</p>
    <ul class="legend" aria-label=${p.title}>
      ${grouped(result.legend).map(({group, items}) =>
        group === undefined
          ? items.map(entry)
          : // The spaces between entries are where a line beside the map may break.
            html`<li class="lens-group"><span class="lens-group-name">${group}</span> <ul>${items.map((item) => html`${entry(item)} `)}</ul></li>`,
      )}
      ${result.notes.includes(p.strings.stripesNote) ? html`<li class="key-note" data-key="striped">${stripedSwatch()}<span class="name">${p.strings.stripesKey}</span></li>` : nothing}
    </ul>
    <ul class="lens-notes">
      ${result.notes.map((note) => html`<li>${note}</li>`)}
      ${result.sources.map((s) => html`<li class="lens-source">${p.strings.sourceIs} <a href=${s.url} target="_blank" rel="noopener">${s.label}</a></li>`)}
    </ul>
    <button part="button" class="lens-evidence" aria-expanded=${p.evidence.open ? 'true' : 'false'} @click=${p.evidence.onToggle}>${p.evidence.label}</button>
  </div>`;
}
