import {html, nothing, type TemplateResult} from 'lit';
import type {WorldCountry} from '../geo/world.js';
import {formatDate} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {Alignment, Story} from '../model/types.js';
import {alignmentOf, membershipsAt} from '../timeline/state.js';
import {sortRows, tableRows, type Sort, type SortKey, type TableRow} from '../timeline/table.js';
import {swatch} from './swatch.js';

export {tableStyles} from './table.styles.js';

export interface TableProps {
  story: Story;
  day: string;
  alignments: ReadonlyMap<string, readonly Alignment[]>;
  countries: readonly WorldCountry[];
  sort: Sort;
  strings: Strings;
  onSort: (key: SortKey) => void;
  /** A country's name was chosen: open its popup. */
  onOpen: (id: string) => void;
}

/**
 * The table view, loaded on demand: every country with its group and memberships on the day shown, in a real
 * <table> with a caption and scoped headers. Column headers hold sort buttons and carry aria-sort, after the
 * APG's sortable table; a country's name is a button that opens its popup.
 */
export function tableView(p: TableProps): TemplateResult {
  const t = p.strings;
  const named = p.countries.flatMap((c) => (c.id === null ? [] : [{...c, id: c.id}]));
  const byId = new Map(named.map((c) => [c.id, c]));
  const rows = tableRows({
    countries: named,
    // Every group a country is in, the one that fills it first.
    blocsOf: (id) => alignmentOf(p.alignments, byId.get(id) ?? {id}).flatMap((a) => p.story.blocs.find((b) => b.id === a.bloc) ?? []),
    membershipsOf: (id) => membershipsAt(p.story, p.day, id),
    organisations: p.story.organisations,
  });
  const columns: [SortKey, string][] = [['name', t.country], ['bloc', t.group], ['memberships', t.membershipsColumn]];
  const sortedBy = columns.find(([key]) => key === p.sort.key)?.[1] ?? '';
  const onOpen = (e: Event) => {
    const id = (e.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (id) p.onOpen(id);
  };
  return html`<div class="table-view" part="table">
    <table>
      <caption>
        ${fill(t.tableCaption, {date: formatDate(p.day, t)})}
        <span class="visually-hidden">${fill(t.tableSorted, {column: sortedBy, direction: t[p.sort.direction]})}</span>
      </caption>
      <thead>
        <tr>${columns.map(([key, label]) => header(key, label, p))}</tr>
      </thead>
      <tbody @click=${onOpen}>
        ${sortRows(rows, p.sort, p.story.blocs).map((row) => rowView(row, t))}
      </tbody>
    </table>
  </div>`;
}

function header(key: SortKey, label: string, p: TableProps): TemplateResult {
  const sorted = p.sort.key === key ? p.sort.direction : undefined;
  return html`<th scope="col" aria-sort=${sorted ?? nothing}>
    <button class="sort" part="button" @click=${() => p.onSort(key)}>
      ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

function rowView(row: TableRow, t: Strings): TemplateResult {
  return html`<tr>
    <th scope="row"><button class="country" part="button" data-country=${row.id}>${row.name}</button></th>
    <td>
      ${row.blocs.length
        ? row.blocs.map((b) => html`<span class="bloc">${swatch(b.colour, b)} <span class="name">${b.label}</span></span>`)
        : html`<span class="muted">${t.noBlocShort}</span>`}
    </td>
    <td>${row.memberships.length ? row.memberships.join(', ') : html`<span class="muted" aria-hidden="true">—</span><span class="visually-hidden">${t.none}</span>`}</td>
  </tr>`;
}
