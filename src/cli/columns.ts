/** The lists of a story that a spreadsheet can fill, one sheet each. */
export type ListName = 'events' | 'alignments' | 'quotes' | 'blocs' | 'organisations' | 'memberships' | 'places' | 'claims';

/**
 * How a cell is read. `country` takes one or more countries and makes one entry per country; `source` is a
 * `label|url` pair, or is split over `source_label` and `source_url`; `longitude` and `latitude` make
 * `coordinates`.
 */
export type Kind =
  | 'text'
  | 'date'
  | 'countries'
  | 'country'
  | 'sources'
  | 'source'
  | 'source_label'
  | 'source_url'
  | 'boolean'
  | 'longitude'
  | 'latitude';

/** A column of a sheet: its header (as the story field is named), how its cells are read, and whether it must be there. */
export interface Column {
  header: string;
  kind: Kind;
  /** The column must be present; a text, date or country cell in it must also be filled in. */
  required?: boolean;
  /** Columns that may stand in for this one together: `source_label` and `source_url` for `source`. */
  instead?: readonly string[];
  /** Other headers accepted for it. */
  aliases?: readonly string[];
}

/** A sheet: which list of the story it fills, and its columns in the order the story writes their fields. */
export interface SheetSchema {
  name: ListName;
  /** File names that say which sheet a file is (`events.csv`, `Story - events.csv`). */
  files: readonly string[];
  columns: readonly Column[];
}

const text = (header: string, required = true, aliases?: string[]): Column => ({header, kind: 'text', required, ...(aliases ? {aliases} : {})});
const date = (header: string, required = true): Column => ({header, kind: 'date', required});
const oneSource: readonly Column[] = [
  {header: 'source', kind: 'source', required: true, instead: ['source_label', 'source_url']},
  {header: 'source_label', kind: 'source_label'},
  {header: 'source_url', kind: 'source_url'},
];

/** Every sheet, named after the story's lists and fields (`src/model/types.ts`). */
export const SHEETS: readonly SheetSchema[] = [
  {
    name: 'events',
    files: ['events', 'event'],
    columns: [
      text('id'),
      date('date'),
      date('end', false),
      text('title'),
      text('summary'),
      {header: 'countries', kind: 'countries', required: true},
      {header: 'sources', kind: 'sources', required: true},
      {header: 'background', kind: 'boolean'},
    ],
  },
  {
    name: 'alignments',
    files: ['alignments', 'alignment'],
    columns: [
      {header: 'country', kind: 'country', required: true, aliases: ['countries']},
      text('bloc'),
      date('from'),
      date('to', false),
      text('reason'),
      ...oneSource,
    ],
  },
  {
    name: 'quotes',
    files: ['quotes', 'quote'],
    columns: [
      text('id'),
      text('text'),
      text('speaker'),
      text('role'),
      {header: 'countries', kind: 'countries', required: true},
      text('eventId', false),
      text('placeId', false),
      text('note', false),
    ],
  },
  {name: 'blocs', files: ['blocs', 'bloc', 'blocks'], columns: [text('id'), text('label'), text('colour', true, ['color']), text('description'), text('opinion', false)]},
  {name: 'organisations', files: ['organisations', 'organizations'], columns: [text('id'), text('label'), text('short')]},
  {
    name: 'memberships',
    files: ['memberships', 'membership'],
    columns: [
      {header: 'country', kind: 'country', required: true, aliases: ['countries']},
      text('organisation', true, ['organization']),
      text('role'),
      date('from'),
      date('to', false),
      text('note', false),
      ...oneSource,
    ],
  },
  {
    name: 'places',
    files: ['places', 'place'],
    columns: [text('id'), text('name'), {header: 'longitude', kind: 'longitude', required: true, aliases: ['lon', 'lng']}, {header: 'latitude', kind: 'latitude', required: true, aliases: ['lat']}],
  },
  {name: 'claims', files: ['claims', 'claim'], columns: [text('id'), text('text'), text('correction'), text('eventId'), {header: 'sources', kind: 'sources', required: true}]},
];

/** Headers match whatever their case and separators: `eventId`, `event_id` and `Event ID` are one column. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The column a header names, if any. */
export function columnFor(schema: SheetSchema, header: string): Column | undefined {
  const key = headerKey(header);
  return schema.columns.find((c) => headerKey(c.header) === key || c.aliases?.some((a) => headerKey(a) === key));
}

/**
 * Where a story field lives in a sheet, as a path below the entry (`source.url`, `coordinates`), so that a
 * validator finding can be traced back to its column.
 */
export function fieldPath(column: Column): string {
  if (column.kind === 'source_label') return 'source.label';
  if (column.kind === 'source_url') return 'source.url';
  if (column.kind === 'longitude') return 'coordinates';
  if (column.kind === 'latitude') return 'coordinates[1]';
  return column.header;
}

/** The story field a column fills: `source` for `source_url`, `coordinates` for `latitude`. */
export function fieldOf(column: Column): string {
  return fieldPath(column).split(/[.[]/)[0]!;
}
