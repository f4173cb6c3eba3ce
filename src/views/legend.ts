import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import type {LegendEntry} from '../timeline/state.js';
import {swatch} from './links.js';

/** The blocs on the map now, with their counts; a bloc that is someone's opinion says so and whose. */
export function legendView(entries: readonly LegendEntry[], t: Strings): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${t.legendLabel}>
    ${entries.map(
      ({bloc, count}) => html`<li data-bloc=${bloc.id} title=${bloc.description}>
        ${swatch(bloc.colour)}
        <span class="name">${bloc.label}</span> <span class="count">${count}</span>
        ${bloc.opinion ? html`<span class="badge" title=${fill(t.opinionOf, {who: bloc.opinion})}>${t.opinion}</span>` : nothing}
      </li>`,
    )}
    <li data-bloc="none"><svg class="swatch none" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="3"></rect></svg><span class="name">${t.noBlocShort}</span></li>
  </ul>`;
}
