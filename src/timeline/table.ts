import type {Bloc, CountryId, Membership, Organisation} from '../model/types.js';

/** One row of the table view: a country, its group and its memberships on the day shown. */
export interface TableRow {
  id: CountryId;
  name: string;
  /** Empty when no group holds it; several when a story puts it in more than one. */
  blocs: Bloc[];
  /** "SCO member", "MNNA designated ally", in the story's order of organisations. */
  memberships: string[];
}

/** The columns a reader can sort by. */
export type SortKey = 'name' | 'bloc' | 'memberships';

export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** What the rows are built from; functions, so that they work with any shape of the day's alignments. */
export interface TableSource {
  countries: readonly {id: CountryId; name: string}[];
  /** The groups that hold a country on the day. */
  blocsOf: (id: CountryId) => Bloc[];
  /** A country's memberships on the day. */
  membershipsOf: (id: CountryId) => Membership[];
  organisations: readonly Organisation[];
}

/** A membership as a cell says it: the organisation's short name, then the role. */
export function membershipLabel(m: Membership, organisations: readonly Organisation[]): string {
  const organisation = organisations.find((o) => o.id === m.organisation);
  return `${organisation?.short ?? m.organisation} ${m.role}`;
}

/** Every country's row on the day, by name. */
export function tableRows(source: TableSource): TableRow[] {
  const order = new Map(source.organisations.map((o, i) => [o.id, i]));
  return source.countries.map(({id, name}) => ({
    id,
    name,
    blocs: source.blocsOf(id),
    memberships: [...source.membershipsOf(id)]
      .sort((a, b) => (order.get(a.organisation) ?? 0) - (order.get(b.organisation) ?? 0))
      .map((m) => membershipLabel(m, source.organisations)),
  }));
}

/**
 * Rows sorted by a column. Groups sort in the story's order of blocs (the legend's), memberships by their
 * text; ties go by name. Countries with no group or no membership stay at the end in either direction, as
 * missing values do in a spreadsheet.
 */
export function sortRows(rows: readonly TableRow[], sort: Sort, blocs: readonly Bloc[]): TableRow[] {
  const place = new Map(blocs.map((b, i) => [b.id, i]));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => a.name.localeCompare(b.name);
  const empty = (row: TableRow) => (sort.key === 'bloc' ? row.blocs.length === 0 : sort.key === 'memberships' && row.memberships.length === 0);
  const compare = (a: TableRow, b: TableRow): number => {
    if (sort.key === 'name') return byName(a, b);
    if (sort.key === 'bloc') return (place.get(a.blocs[0]?.id ?? '') ?? 0) - (place.get(b.blocs[0]?.id ?? '') ?? 0);
    return a.memberships.join(', ').localeCompare(b.memberships.join(', '));
  };
  return [...rows].sort((a, b) => Number(empty(a)) - Number(empty(b)) || sign * compare(a, b) || byName(a, b));
}
