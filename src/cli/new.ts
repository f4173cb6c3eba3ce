import {dirname, join} from 'node:path';
import {parseArgs} from 'node:util';
import {csvFormatRows} from 'd3-dsv';
import {existing, writeAll} from './files.js';

/** The one-line usage of `new`, printed with every misuse. */
export const NEW_USAGE = 'Usage: alignment-map new [story.json] [--csv] [--force]';

const SOURCE = {label: 'Where you read it', url: 'https://example.org/source'};

/**
 * The smallest story that passes the validator with no warning and draws a map: two blocs, one event and
 * one country in each bloc. Every text says what belongs there; nothing in it is a fact.
 */
export function templateStory(today: string): Record<string, unknown> {
  const alignment = (country: string, bloc: string) => ({country, bloc, from: today, reason: 'One line: why this country is in this bloc.', source: SOURCE});
  return {
    version: 1,
    title: 'Headline of your map',
    intro: 'One or two sentences that say what the map shows, and why.',
    source: {title: 'Title of the article the map goes with', outlet: 'Your newsroom', author: 'Your name', place: 'Where it was reported', url: 'https://example.org/your-article', date: today},
    blocs: [
      {id: 'first-bloc', label: 'First bloc', colour: '#d55e00', description: 'Who is in this bloc, and why.'},
      {id: 'second-bloc', label: 'Second bloc', colour: '#0072b2', description: 'Who is in this bloc, and why.'},
    ],
    events: [{id: 'first-event', date: today, title: 'What happened', summary: 'One or two sentences, in your own words.', countries: ['076', '036'], sources: [SOURCE]}],
    alignments: [alignment('076', 'first-bloc'), alignment('036', 'second-bloc')],
  };
}

/** The three sheets of the template, one example row each, as `from-csv` reads them. */
export function templateSheets(today: string): Map<string, string> {
  const source = `${SOURCE.label}|${SOURCE.url}`;
  const reason = 'One line: why this country is in this bloc.';
  return new Map([
    ['events.csv', [['id', 'date', 'end', 'title', 'summary', 'countries', 'sources', 'background'], ['first-event', today, '', 'What happened', 'One or two sentences, in your own words.', 'Brazil; Australia', source, 'no']]],
    ['alignments.csv', [['country', 'bloc', 'from', 'to', 'reason', 'source'], ['Brazil', 'first-bloc', today, '', reason, source], ['Australia', 'second-bloc', today, '', reason, source]]],
    ['quotes.csv', [['id', 'text', 'speaker', 'role', 'countries', 'eventId', 'placeId', 'note'], ['first-quote', 'The exact words, as the article prints them', 'Who said it', 'Their title, as the article gives it', 'Brazil', 'first-event', '', '']]],
  ].map(([file, rows]) => [file as string, `${csvFormatRows(rows as string[][])}\n`]));
}

/** Runs `alignment-map new`; returns the exit code. */
export function newStory(args: readonly string[], out: (line: string) => void, err: (line: string) => void, today: string): number {
  let parsed;
  try {
    parsed = parseArgs({args: [...args], allowPositionals: true, options: {csv: {type: 'boolean'}, force: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}});
  } catch (error) {
    return err(`alignment-map new: ${(error as Error).message}`), err(NEW_USAGE), 2;
  }
  const {values, positionals} = parsed;
  if (values.help) return out(`${NEW_USAGE}\n\nWrites a minimal valid story to start from (story.json by default); with --csv, also\nevents.csv, alignments.csv and quotes.csv beside it, one example row each. Never overwrites a file\nunless --force is given.`), 0;
  if (positionals.length > 1) return err(`alignment-map new: one file at most, got ${positionals.length}`), err(NEW_USAGE), 2;
  const story = positionals[0] ?? 'story.json';
  const files = new Map([[story, `${JSON.stringify(templateStory(today), null, 2)}\n`]]);
  if (values.csv) for (const [name, text] of templateSheets(today)) files.set(join(dirname(story), name), text);
  const taken = existing([...files.keys()], values.force === true);
  if (taken) return err(`alignment-map new: ${taken} already exists; nothing was written (--force overwrites it)`), 1;
  const failed = writeAll(files);
  if (failed) return err(`alignment-map new: cannot write: ${failed}`), 1;
  const sheets = [...files.keys()].slice(1);
  out(`Wrote ${[...files.keys()].join(', ')}: a minimal story to start from.`);
  if (sheets.length === 0) out(`Next: replace its placeholder text, dates, countries and sources with your story's, then run\n  npx alignment-map validate ${story}`);
  else out(`Next: fill the sheets in a spreadsheet (one row per event, per country's bloc, per quote), edit the title,\nintro, source and blocs in ${story}, export each sheet as CSV over its file, then run\n  npx alignment-map from-csv ${sheets.join(' ')} --base ${story} --out ${story}`);
  return 0;
}
