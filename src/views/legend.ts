import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import type {LegendEntry} from '../timeline/state.js';
import {swatch} from './swatch.js';

/**
 * The blocs on the map now, with their counts; a bloc that is someone's opinion says so and whose. What each
 * group means is in `groupsView`, not in a hover-only title, so touch and keyboard readers get it too.
 */
export function legendView(entries: readonly LegendEntry[], t: Strings): TemplateResult {
  return html`<div class="key" part="legend"><ul class="legend" aria-label=${t.legendLabel} tabindex="0">
    ${entries.map(
      ({bloc, count}) => html`<li data-bloc=${bloc.id}>
        ${swatch(bloc.colour, bloc.id)}
        <span class="name">${bloc.label}</span> <span class="count">${count}</span>
        ${bloc.opinion ? html`<span class="badge" title=${fill(t.opinionOf, {who: bloc.opinion})}>${t.opinion}</span>` : nothing}
      </li>`,
    )}
    <li data-bloc="none">${swatch()}<span class="name">${t.noBlocShort}</span></li>
  </ul></div>`;
}

/** What each group on the map means, and whose opinion it is: a disclosure under the caption. */
export function groupsView(entries: readonly LegendEntry[], t: Strings): TemplateResult {
  return html`<details class="groups">
    <summary>${t.groups}</summary>
    <dl>
      ${entries.map(
        ({bloc}) => html`<dt>${swatch(bloc.colour, bloc.id)} ${bloc.label}</dt>
          <dd>${bloc.description}${bloc.opinion ? html` <em>${fill(t.opinionOf, {who: bloc.opinion})}</em>` : nothing}</dd>`,
      )}
    </dl>
  </details>`;
}
