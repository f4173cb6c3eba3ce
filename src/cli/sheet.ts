import {csvParseRows} from 'd3-dsv';
import {type Column, columnFor, type SheetSchema} from './columns.js';
import type {Diagnostic} from './diagnostic.js';
import {scanCsv} from './scan.js';

/** A cell's trimmed text and where it is: a line of the file and a 1-based column index. */
export interface Cell {
  text: string;
  line: number;
  column: number;
  /** The column's header as the file writes it, to name it in messages. */
  header: string;
}

/** A filled-in row: its known cells by column, and the cells of extra columns the story format knows. */
export interface Row {
  line: number;
  cells: Map<Column, Cell>;
  extra: Cell[];
}

/** A sheet read: its rows, what was wrong with it, and the required columns it lacks. */
export interface Sheet {
  file: string;
  schema: SheetSchema;
  rows: Row[];
  /** The header row's cells, trimmed. */
  headers: string[];
  /** Where each of the schema's columns is: its 0-based index. */
  columns: Map<Column, number>;
  missing: Column[];
  diagnostics: Diagnostic[];
}

/**
 * Reads a CSV text as a sheet of `schema`: d3-dsv reads the values, and `scanCsv` the line each row starts on
 * and the quoting mistakes d3-dsv passes over. `extra(header)` says whether the story format knows a field the
 * schema does not (a newer one), which is then kept as text rather than left out.
 */
export function readSheet(file: string, raw: string, schema: SheetSchema, extra: (header: string) => boolean): Sheet {
  const text = raw.replace(/^\uFEFF/, '');
  const scan = scanCsv(text);
  const sheet: Sheet = {file, schema, rows: [], headers: [], columns: new Map(), missing: [], diagnostics: []};
  for (const p of scan.problems) sheet.diagnostics.push({file, line: p.line, column: p.column, level: 'error', message: quoteAdvice(p.message)});
  if (scan.problems.some((p) => p.fatal)) return sheet;

  const [header = [], ...records] = csvParseRows(text);
  sheet.headers = header.map((h) => h.trim());
  const extras = readHeader(sheet.headers, sheet, extra);
  records.forEach((record, i) => {
    const line = scan.lines[i + 1] ?? 0;
    if (record.every((cell) => cell.trim() === '')) return;
    const cell = (index: number): Cell => ({text: (record[index] ?? '').trim(), line, column: index + 1, header: sheet.headers[index] ?? ''});
    sheet.rows.push({line, cells: new Map([...sheet.columns].map(([column, index]) => [column, cell(index)])), extra: extras.map(cell)});
    record.forEach((value, index) => {
      if (value.trim() !== '' && !sheet.headers[index])
        sheet.diagnostics.push({file, line, column: index + 1, level: 'warning', message: 'this cell is under no column header, so it is left out'});
    });
  });
  return sheet;
}

/** Maps the header to the schema's columns, reporting duplicate, unknown and missing ones; returns the extra columns. */
function readHeader(header: string[], sheet: Sheet, extra: (header: string) => boolean): number[] {
  const {schema, file} = sheet;
  const report = (column: number, level: Diagnostic['level'], message: string) => sheet.diagnostics.push({file, line: 1, column, level, message});
  if (header.length === 1 && /[;\t]/.test(header[0]!)) report(1, 'error', 'the columns seem separated by semicolons or tabs: export the sheet as comma-separated CSV');
  const extras: number[] = [];
  header.forEach((name, index) => {
    const column = columnFor(schema, name);
    if (name === '') return;
    if (column && sheet.columns.has(column)) report(index + 1, 'error', `column "${name}" appears twice (also column ${sheet.columns.get(column)! + 1})`);
    else if (column) sheet.columns.set(column, index);
    else if (extra(name)) extras.push(index);
    else report(index + 1, 'warning', `unknown column "${name}", left out of the story (the ${schema.name} sheet's columns: ${schema.columns.map((c) => c.header).join(', ')})`);
  });
  for (const column of schema.columns) {
    if (!column.required || sheet.columns.has(column)) continue;
    if (column.instead?.every((h) => sheet.columns.has(columnFor(schema, h)!))) continue;
    sheet.missing.push(column);
    const or = column.instead ? ` (or ${column.instead.map((h) => `"${h}"`).join(' and ')})` : '';
    const needed = schema.columns.filter((c) => c.required).map((c) => c.header);
    report(0, 'error', `missing column "${column.header}"${or} (the ${schema.name} sheet needs: ${needed.join(', ')})`);
  }
  return extras;
}

/** What to do about a quoting mistake, in spreadsheet terms. */
function quoteAdvice(problem: string): string {
  return `${problem}; a cell that holds a quote must be quoted as a whole, with each quote inside doubled ("She said ""yes"".")`;
}
