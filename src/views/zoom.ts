import {html, nothing, svg, type TemplateResult} from 'lit';
import type {RegionId} from '../geo/regions.js';
import type {Strings} from '../i18n/strings.js';

/** A framing the reader can choose: the story's own region, or a preset region. */
export type ViewChoice = 'story' | RegionId;

/** The framings in the order the select offers them, and in which `strings.regions` names them. */
const CHOICES: readonly ViewChoice[] = ['story', 'world', 'south-central-asia', 'middle-east', 'gulf', 'asia-pacific', 'europe'];

export interface RegionSelectProps {
  /** The framing shown; undefined once the reader has moved the map by hand. */
  value: ViewChoice | undefined;
  strings: Strings;
  onChoose: (choice: ViewChoice) => void;
}

/** A native select of regions: compact on a phone, and keyboards and screen readers know it. */
export function regionSelectView(p: RegionSelectProps): TemplateResult {
  const t = p.strings;
  const names = t.regions.split('|');
  const onChange = (e: Event) => p.onChoose((e.target as HTMLSelectElement).value as ViewChoice);
  return html`<label class="region"><span class="label">${t.region}</span>
    <select @change=${onChange}>
      ${CHOICES.map((choice, i) => html`<option value=${choice} .selected=${p.value === choice}>${names[i]}</option>`)}
      ${p.value === undefined ? html`<option value="" disabled .selected=${true}>${t.regionOwn}</option>` : nothing}
    </select>
  </label>`;
}

export interface ZoomButtonsProps {
  strings: Strings;
  /** At the closest zoom: "+" does nothing. */
  atMost: boolean;
  /** At the whole map: "−" does nothing. */
  atLeast: boolean;
  /** Zooms by a factor; 0 goes back to the story's region. */
  onZoom: (factor: number) => void;
  /** How to zoom with the wheel, shown a moment after a plain wheel scrolled the page past the map. */
  hint?: string;
}

const icon = (d: string) => html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${svg`<path d=${d}></path>`}</svg>`;

/**
 * The +, − and reset buttons over a corner of the map. A button that can do no more says so with
 * aria-disabled and keeps its focus, so that a keyboard reader pressing it again is not thrown to the page.
 */
export function zoomButtonsView(p: ZoomButtonsProps): TemplateResult {
  const t = p.strings;
  const button = (label: string, factor: number, d: string, off = false) =>
    html`<button part="button" aria-label=${label} aria-disabled=${off ? 'true' : 'false'} @click=${() => off || p.onZoom(factor)}>${icon(d)}</button>`;
  return html`<div class="zoom-buttons" role="group" aria-label=${t.zoom}>
      ${button(t.zoomIn, 2, 'M3 8h10M8 3v10', p.atMost)} ${button(t.zoomOut, 0.5, 'M3 8h10', p.atLeast)}
      ${button(t.zoomReset, 0, 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4')}
    </div>
    ${p.hint ? html`<p class="zoom-hint" aria-hidden="true">${p.hint}</p>` : nothing}`;
}
