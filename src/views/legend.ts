import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import {formatDate} from '../i18n/format.js';
import type {LegendEntry} from '../timeline/state.js';
import {ringSwatch, stripedSwatch, swatch} from './swatch.js';

export interface LegendProps {
  entries: readonly LegendEntry[];
  strings: Strings;
  /** The entry pressed to keep its countries picked out, or "none" for the ungrouped ones. */
  pressed: string | undefined;
  /** What an entry shows on the map, for screen readers: "Shows its 4 countries on the map: …". */
  describe: (bloc: string) => string;
  /** A reader points at or focuses an entry (a bloc id, "none"), or leaves them all (undefined). */
  onHover: (bloc: string | undefined) => void;
  onPress: (bloc: string) => void;
  /** Whether the map shows stripes (a country in two groups) and rings (memberships on both sides), for their keys. */
  shown: {striped: boolean; ringed: boolean};
}

const blocOf = (e: Event) => (e.target as Element).closest?.('button[data-bloc]')?.getAttribute('data-bloc') ?? undefined;

/**
 * The blocs on the map now, with their counts; a bloc that is someone's opinion says so and whose. Each entry
 * is a button: pointing at it or focusing it picks its countries out on the map, and pressing it keeps them
 * picked out, for touch. What each group means is in `groupsView`, not in a hover-only title.
 */
export function legendView(p: LegendProps): TemplateResult {
  const t = p.strings;
  const entry = (bloc: string, i: number, content: TemplateResult) => html`<li>
    <button class="entry" part="button" data-bloc=${bloc} aria-pressed=${p.pressed === bloc ? 'true' : 'false'} aria-describedby="legend-${i}"
      @click=${() => p.onPress(bloc)}>${content}</button>
    <span id="legend-${i}" hidden>${p.describe(bloc)}</span>
  </li>`;
  return html`<div class="key" part="legend"><ul class="legend" aria-label=${t.legendLabel}
    @pointerover=${(e: Event) => p.onHover(blocOf(e))} @pointerleave=${() => p.onHover(undefined)}
    @focusin=${(e: Event) => p.onHover(blocOf(e))} @focusout=${() => p.onHover(undefined)}>
    ${p.entries.map(({bloc, count}, i) =>
      entry(
        bloc.id,
        i,
        html`${swatch(bloc.colour, bloc)}<span class="name">${bloc.label}</span> <span class="count">${count}</span>
          ${bloc.opinion
            ? html`<span class="badge" title=${fill(t.opinionOf, {who: bloc.opinion})}>${bloc.asOf ? fill(t.opinionAsOf, {date: formatDate(bloc.asOf, t)}) : t.opinion}</span>`
            : nothing}`,
      ),
    )}
    ${entry('none', p.entries.length, html`${swatch()}<span class="name">${t.noBlocShort}</span>`)}
    ${p.shown.striped ? html`<li class="key-note" data-key="striped">${stripedSwatch()}<span class="name">${t.twoGroups}</span></li>` : nothing}
    ${p.shown.ringed ? html`<li class="key-note" data-key="ringed">${ringSwatch()}<span class="name">${t.bothSides}</span></li>` : nothing}
  </ul></div>`;
}

/** What each group on the map means, and whose opinion it is: a disclosure under the caption. */
export function groupsView(entries: readonly LegendEntry[], t: Strings, pending = false): TemplateResult {
  return html`<details class="groups">
    <summary>${t.groups}</summary>
    <dl>
      ${entries.map(
        ({bloc}) => html`<dt>${swatch(bloc.colour, bloc)} ${bloc.label}</dt>
          <dd>${pending && !bloc.description ? t.loadingDetails : bloc.description}${bloc.opinion ? html` <em>${fill(t.opinionOf, {who: bloc.opinion})}</em>` : nothing}</dd>`,
      )}
    </dl>
  </details>`;
}
