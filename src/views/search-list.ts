import {html, nothing, type TemplateResult} from 'lit';
import type {Found} from '../geo/search.js';
import {fill, type Strings} from '../i18n/strings.js';

export {searchListStyles} from './search-list.styles.js';

export interface SearchListProps {
  query: string;
  results: readonly Found[];
  open: boolean;
  /** Index of the option the arrow keys are on, or -1. */
  active: number;
  strings: Strings;
  onChoose: (index: number) => void;
}

/** An option's id, for aria-activedescendant: ids are unique within the element's shadow root. */
export const optionId = (id: string): string => `find-${id}`;

/**
 * The search box's list of countries, and a status line that says how many match. Focus stays in the input;
 * a pointer press on the list does not take it away.
 */
export function searchList(p: SearchListProps): TemplateResult {
  const t = p.strings;
  const status = !p.query.trim() ? '' : p.results.length ? fill(t.findCount, {n: p.results.length}) : t.findNone;
  const onClick = (e: Event) => {
    const option = (e.target as Element).closest('[data-index]');
    if (option) p.onChoose(Number(option.getAttribute('data-index')));
  };
  return html`<ul id="find-list" role="listbox" aria-label=${t.findList} ?hidden=${!p.open} @pointerdown=${(e: Event) => e.preventDefault()} @click=${onClick}>
      ${p.open
        ? p.results.map(
            (r, i) => html`<li id=${optionId(r.id)} role="option" data-index=${i} aria-selected=${i === p.active ? 'true' : 'false'}>
              ${r.name}${r.via ? html` <span class="muted">(${r.via})</span>` : nothing}
            </li>`,
          )
        : nothing}
    </ul>
    <span class="visually-hidden" role="status">${status}</span>`;
}
