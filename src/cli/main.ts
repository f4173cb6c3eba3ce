import {readFileSync} from 'node:fs';
import {validateText} from './validate.js';

const USAGE = `Usage: alignment-map validate <story.json>...

Checks story files against the format and the map, as <alignment-map> does when it loads them.
Prints every error and warning with its line and column on standard output, in file order; exits with 1
when there are errors, 2 when it is used wrongly.`;

/** Runs the command line; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') return out(USAGE), 0;
  if (command !== 'validate' || files.length === 0) return err(USAGE), 2;
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
