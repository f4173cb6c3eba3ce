import {booleanCell, dateCell, degreesCell, type Parsed, sourceCell, sourcesCell} from './cells.js';
import {type Column, columnFor, fieldOf, fieldPath} from './columns.js';
import type {CountryNames} from './countries.js';
import type {Diagnostic} from './diagnostic.js';
import type {Cell, Row, Sheet} from './sheet.js';

/** Where a story entry came from: its sheet row, and the column of each field, for tracing findings back. */
export interface Origin {
  file: string;
  line: number;
  /** Column (1-based) and header of each field, by its path below the entry: `date`, `source.url`. */
  fields: Map<string, {column: number; header: string}>;
  /** Fields already reported (a bad cell, a missing column): the validator's findings on them are repeats. */
  reported: string[];
}

/** The entries a sheet makes, each with its origin, and the mistakes found in its cells. */
export interface Entries {
  entries: Record<string, unknown>[];
  origins: Origin[];
  diagnostics: Diagnostic[];
}

/**
 * Turns a sheet's rows into story entries: one per row, or one per country for a row of `alignments` or
 * `memberships` that names several. Fields keep the order of the story format; empty optional cells are left out.
 */
export function readEntries(sheet: Sheet, names: CountryNames): Entries {
  const out: Entries = {entries: [], origins: [], diagnostics: []};
  const fields = new Map<string, {column: number; header: string}>();
  for (const [column, index] of sheet.columns) fields.set(fieldPath(column), {column: index + 1, header: sheet.headers[index]!});
  for (const row of sheet.rows) {
    const rowFields = new Map(fields);
    for (const cell of row.extra) rowFields.set(cell.header, {column: cell.column, header: cell.header});
    const origin: Origin = {file: sheet.file, line: row.line, fields: rowFields, reported: sheet.missing.map(fieldOf)};
    const {entry, countries} = readRow(row, sheet, names, origin, out.diagnostics);
    for (const country of countries ?? [undefined]) {
      out.entries.push(country === undefined ? entry : {...entry, country});
      out.origins.push(origin);
    }
  }
  return out;
}

function readRow(row: Row, sheet: Sheet, names: CountryNames, origin: Origin, diagnostics: Diagnostic[]) {
  const entry: Record<string, unknown> = {};
  let countries: string[] | undefined;
  const coordinates: (number | undefined)[] = [];
  const fail = (cell: Cell, path: string, message: string) => {
    diagnostics.push({file: sheet.file, line: cell.line, column: cell.column, level: 'error', field: cell.header, message});
    origin.reported.push(path);
  };
  const take = <T>(cell: Cell, path: string, parsed: Parsed<T>): T | undefined => {
    if ('value' in parsed) return parsed.value;
    fail(cell, path, parsed.error);
    return undefined;
  };
  for (const column of sheet.schema.columns) {
    const cell = row.cells.get(column);
    if (!cell) continue;
    const key = column.header;
    if (cell.text === '') {
      if (mustFill(column, row, sheet)) fail(cell, fieldOf(column), 'empty, but required');
      if (column.kind === 'countries' || column.kind === 'sources') entry[key] = [];
      continue;
    }
    switch (column.kind) {
      case 'text':
        entry[key] = cell.text;
        break;
      case 'date':
        entry[key] = take(cell, key, dateCell(cell.text));
        break;
      case 'boolean':
        if (take(cell, key, booleanCell(cell.text))) entry[key] = true;
        break;
      case 'countries':
      case 'country': {
        const found = names.resolveList(cell.text);
        for (const error of found.errors) fail(cell, key, error);
        if (found.errors.length > 0) break;
        if (column.kind === 'countries') entry[key] = found.ids;
        else [entry[key], countries] = ['', found.ids];
        break;
      }
      case 'sources':
        entry[key] = take(cell, key, sourcesCell(cell.text));
        break;
      case 'source':
        entry['source'] = take(cell, 'source', sourceCell(cell.text));
        break;
      case 'source_label':
      case 'source_url':
        if (!hasSource(row, sheet)) entry['source'] = {...(entry['source'] as object), [column.kind.slice(7)]: cell.text};
        break;
      case 'longitude':
      case 'latitude':
        coordinates[column.kind === 'longitude' ? 0 : 1] = take(cell, 'coordinates', degreesCell(cell.text, column.kind === 'longitude' ? 180 : 90));
        break;
    }
  }
  if (coordinates[0] !== undefined && coordinates[1] !== undefined) entry['coordinates'] = coordinates;
  for (const cell of row.extra) if (cell.text !== '') entry[cell.header] = cell.text;
  return {entry: Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)), countries};
}

/** Whether an empty cell is a mistake: `source` may be empty where `source_label` and `source_url` hold the source. */
function mustFill(column: Column, row: Row, sheet: Sheet): boolean {
  if (column.kind === 'source') return !column.instead?.every((h) => row.cells.has(columnFor(sheet.schema, h)!));
  if (column.kind === 'source_label' || column.kind === 'source_url') return !hasSource(row, sheet);
  return column.required === true && column.kind !== 'countries' && column.kind !== 'sources';
}

function hasSource(row: Row, sheet: Sheet): boolean {
  const source = columnFor(sheet.schema, 'source');
  return source !== undefined && (row.cells.get(source)?.text ?? '') !== '';
}
