import {readFileSync} from 'node:fs';
import {world} from '../built-in.js';
import {CountryNames} from './countries.js';
import {fromCsv, FROM_CSV_USAGE} from './from-csv.js';
import {NEW_USAGE, newStory} from './new.js';
import {validateText} from './validate.js';

const USAGE = `Usage: alignment-map validate <story.json>...
       ${NEW_USAGE.slice(7)}
       ${FROM_CSV_USAGE.slice(7)}
       alignment-map countries [name]

validate    checks story files against the format and the map, as <alignment-map> does when it loads them,
            and prints every error and warning with its line and column; exits with 1 when there are errors
new         writes a minimal valid story to start from; --csv adds three sheets to fill in
from-csv    builds a story from spreadsheets exported as CSV (events, alignments, quotes…), with every
            error named by file, row and column; writes nothing when there is one
countries   lists the country codes and names the map knows

Each command says more with --help. Misuse exits with 2. The format: docs/story-format.md.`;

/** Runs the command line; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void, today = new Date().toISOString().slice(0, 10)): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return out(USAGE), 0;
  if (command === 'new') return newStory(rest, out, err, today);
  if (command === 'from-csv') return fromCsv(rest, out, err);
  if (command === 'countries') return countries(rest, out, err);
  if (command !== 'validate' || rest.length === 0) return err(USAGE), 2;
  return validate(rest, out, err);
}

function validate(files: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      err(`${file}: cannot read: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const report = validateText(text, file);
    for (const line of report.lines) out(line);
    out(`${file}: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`);
    failed ||= report.errors > 0;
  }
  return failed ? 1 : 0;
}

function countries(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  if (args.length > 1 || args[0]?.startsWith('-')) return err('Usage: alignment-map countries [name]'), 2;
  const lines = new CountryNames(world.countries).list(args[0]);
  for (const line of lines) out(line);
  return lines.length > 0 ? 0 : 1;
}
