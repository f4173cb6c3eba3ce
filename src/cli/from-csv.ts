import {parseArgs} from 'node:util';
import {known, world} from '../built-in.js';
import {storyFromCsv, type Input} from './build.js';
import {SHEETS, type SheetSchema} from './columns.js';
import {CountryNames} from './countries.js';
import {formatDiagnostic, plural, tally} from './diagnostic.js';
import {readText, writeAll} from './files.js';

/** The one-line usage of `from-csv`, printed with every misuse. */
export const FROM_CSV_USAGE = 'Usage: alignment-map from-csv <sheet.csv>... --base <story.json> --out <story.json>';

const HELP = `${FROM_CSV_USAGE}

Builds a story from spreadsheets exported as CSV, one sheet per list of the story. A file's name says which
list it fills: it ends with events.csv, alignments.csv, quotes.csv, blocs.csv, organisations.csv,
memberships.csv, places.csv or claims.csv. The first row names the columns after the story's fields. The base story (as \`alignment-map new\` writes it)
gives the title, intro, source and every list that no sheet fills; a sheet replaces the base's list.

Every error and warning is printed as file:line:column, line being the row in the sheet. On any error no
file is written and it exits with 1; otherwise it writes the story and exits with 0. See docs/story-format.md.`;

/** Runs `alignment-map from-csv`; returns the exit code. */
export function fromCsv(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const misuse = (problem: string) => (err(`alignment-map from-csv: ${problem}`), err(FROM_CSV_USAGE), 2);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {base: {type: 'string'}, out: {type: 'string', short: 'o'}, help: {type: 'boolean', short: 'h'}},
    });
  } catch (error) {
    return misuse((error as Error).message);
  }
  const {values, positionals: files} = parsed;
  if (values.help) return out(HELP), 0;
  if (files.length === 0) return misuse('no sheet given (events.csv, alignments.csv, quotes.csv…)');
  if (!values.base) return misuse('no --base story given for the title, intro, source and blocs (`alignment-map new` writes one)');
  if (!values.out) return misuse('no --out file given for the story');
  if (files.includes(values.out)) return misuse(`--out ${values.out} would write the story over a sheet`);

  const sheets: {schema: SheetSchema; input: Input}[] = [];
  for (const file of files) {
    const schema = sheetsFor(file);
    if (typeof schema === 'string') return misuse(schema);
    const other = sheets.find((s) => s.schema === schema);
    if (other) return misuse(`${other.input.file} and ${file} both fill the ${schema.name}`);
    const read = readText(file);
    if ('error' in read) return misuse(read.error);
    sheets.push({schema, input: {file, text: read.text}});
  }
  const base = readText(values.base);
  if ('error' in base) return misuse(base.error);

  const built = storyFromCsv({file: values.base, text: base.text}, sheets, {names: new CountryNames(world.countries), countries: known});
  for (const d of built.diagnostics) out(formatDiagnostic(d));
  const counts = tally(built.diagnostics).text;
  if (!built.story) return out(`${values.out}: not written: ${counts}`), 1;
  const failed = writeAll(new Map([[values.out, `${JSON.stringify(built.story, null, 2)}\n`]]));
  if (failed) return misuse(`${values.out}: cannot write: ${failed}`);
  out(`${values.out}: written from ${plural(sheets.length, 'sheet')}: ${summary(built.story)}; ${counts}`);
  return 0;
}

/** The sheet a file's name says it is, or why it says none. */
function sheetsFor(file: string): SheetSchema | string {
  const name = (file.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.(csv|txt)$/, '');
  const schema = SHEETS.find((s) => s.files.some((f) => new RegExp(`(^|[^a-z])${f}$`).test(name)));
  return schema ?? `${file}: cannot tell which list this sheet fills: its name must end with ${SHEETS.map((s) => `${s.name}.csv`).join(', ')}`;
}

/** `3 events, 14 alignments, 2 quotes`: what the story holds. */
function summary(story: Record<string, unknown>): string {
  return SHEETS.map((s) => [s.name, story[s.name]] as const)
    .filter(([, list]) => Array.isArray(list) && list.length > 0)
    .map(([name, list]) => plural((list as unknown[]).length, name.replace(/s$/, '')))
    .join(', ');
}
