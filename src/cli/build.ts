import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {parseDate, startOf} from '../model/dates.js';
import {validateStory} from '../model/validate.js';
import type {ListName, SheetSchema} from './columns.js';
import type {CountryNames} from './countries.js';
import {type Diagnostic, formatDiagnostic, sortDiagnostics} from './diagnostic.js';
import {locator, positions} from './locate.js';
import {type Origin, readEntries} from './rows.js';
import {readSheet} from './sheet.js';
import {traceIssue, type Provenance} from './trace.js';
import {describe} from './validate.js';

/** A file's name, as messages give it, and its text. */
export interface Input {
  file: string;
  text: string;
}

/** What the map knows that a story must agree with: its countries, by id and by name. */
export interface MapNames {
  names: CountryNames;
  countries: ReadonlySet<string>;
}

/** A built story, or null when there was any error; and every finding, traced back to its file, row and column. */
export interface Built {
  story: Record<string, unknown> | null;
  diagnostics: Diagnostic[];
}

/**
 * Builds a story from a base story (title, intro, source and any lists no sheet gives) and sheets that each
 * fill one list, replacing the base's. The result is checked by the element's own validator, whose findings
 * are traced back to the sheets' rows and columns. Pure: the command line reads and writes the files.
 */
export function storyFromCsv(base: Input, sheets: readonly {schema: SheetSchema; input: Input}[], map: MapNames): Built {
  const story = readBase(base);
  if ('diagnostics' in story) return {story: null, diagnostics: story.diagnostics};
  const diagnostics: Diagnostic[] = [];
  const provenance: Provenance = {lists: new Map(), base: {file: base.file, where: locator(base.text)}};
  for (const {schema, input} of sheets) {
    const sheet = readSheet(input.file, input.text, schema, (header) => modelKnows(schema.name, header));
    const read = readEntries(sheet, map.names);
    diagnostics.push(...sheet.diagnostics, ...read.diagnostics);
    const [entries, origins] = schema.name === 'events' ? byDate(read.entries, read.origins) : [read.entries, read.origins];
    story.raw[schema.name] = entries;
    provenance.lists.set(schema.name, {file: input.file, origins});
  }
  const result = validateStory(story.raw, {countries: map.countries});
  const trace = (level: Diagnostic['level']) => (issue: {path: string; message: string}) => traceIssue(issue, level, provenance);
  const traced = [...result.errors.map(trace('error')), ...result.warnings.map(trace('warning'))];
  diagnostics.push(...traced.filter((d): d is Diagnostic => d !== null));
  // A row that names several countries makes several entries, whose findings on shared cells are one finding.
  const unique = sortDiagnostics([...new Map(diagnostics.map((d) => [formatDiagnostic(d), d])).values()], [...sheets.map((s) => s.input.file), base.file]);
  return {story: unique.some((d) => d.level === 'error') ? null : story.raw, diagnostics: unique};
}

/** The base story as an object, or where its JSON is broken. */
function readBase(base: Input): {raw: Record<string, unknown>} | {diagnostics: Diagnostic[]} {
  const errors: ParseError[] = [];
  const raw: unknown = parse(base.text, errors, {allowTrailingComma: false, disallowComments: true});
  const at = positions(base.text);
  const fail = (offset: number, message: string): Diagnostic => ({file: base.file, ...at(offset), level: 'error', message});
  if (errors.length > 0) return {diagnostics: errors.map((e) => fail(e.offset, `not valid JSON: ${describe(printParseErrorCode(e.error))}`))};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {diagnostics: [fail(0, 'expected a story: a JSON object, as `alignment-map new` writes')]};
  return {raw: {...(raw as Record<string, unknown>)}};
}

/**
 * Whether the story format knows a field that the sheet's columns do not, such as one added to the format
 * after this command was written: asked of the validator itself, which warns of fields it does not know.
 */
function modelKnows(list: ListName, field: string): boolean {
  const {warnings} = validateStory({version: 1, [list]: [{[field]: 'x'}]}, {countries: new Set()});
  return !warnings.some((w) => w.path === `${list}[0].${field}` && w.message.startsWith('unknown field'));
}

/** Events in date order, as the timeline steps through them, whatever the order of the sheet's rows. */
function byDate(entries: Record<string, unknown>[], origins: Origin[]): [Record<string, unknown>[], Origin[]] {
  const dates = entries.map((e) => (typeof e['date'] === 'string' && parseDate(e['date']) ? startOf(e['date']) : null));
  if (dates.some((d) => d === null)) return [entries, origins];
  const order = entries.map((_, i) => i).sort((a, b) => dates[a]!.localeCompare(dates[b]!) || a - b);
  return [order.map((i) => entries[i]!), order.map((i) => origins[i]!)];
}
