import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {main} from '../../../src/cli/main.js';
import {templateStory} from '../../../src/cli/new.js';
import {validateStory} from '../../../src/model/validate.js';
import {countries} from '../../helpers/story.js';

const GOOD = 'tests/fixtures/csv/good';
const BAD = 'tests/fixtures/csv/bad';
const SHEETS = ['events', 'alignments', 'quotes', 'blocs'].map((name) => `${GOOD}/${name}.csv`);

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (l) => out.push(l), (l) => err.push(l), '2021-04-06');
  return {code, out, err};
}

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function scratch(): string {
  scratches.push(mkdtempSync(join(tmpdir(), 'alignment-csv-')));
  return scratches.at(-1)!;
}

/** Runs from-csv on the good sheets with one replaced by a bad fixture, into an empty folder. */
function fromCsvWith(bad: string) {
  const dir = scratch();
  const list = bad.replace(/\.csv$/, '').split('-').pop()!;
  const sheets = SHEETS.map((s) => (s.endsWith(`/${list}.csv`) ? `${BAD}/${bad}` : s));
  const result = run(['from-csv', ...sheets, '--base', `${GOOD}/story.json`, '--out', join(dir, 'story.json')]);
  return {...result, written: readdirSync(dir)};
}

describe('alignment-map from-csv', () => {
  it('builds the fixture story from four sheets: exit 0, one summary line, a story the validator passes', () => {
    const dir = scratch();
    const out = join(dir, 'story.json');
    const result = run(['from-csv', ...SHEETS, '--base', `${GOOD}/story.json`, '-o', out]);
    expect(result).toEqual({code: 0, err: [], out: [`${out}: written from 4 sheets: 4 events, 17 alignments, 2 quotes, 5 blocs, 1 place; 0 errors, 0 warnings`]});
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const {errors, warnings} = validateStory(JSON.parse(text), {countries});
    expect([...errors, ...warnings]).toEqual([]);
    expect(run(['validate', out]).out).toEqual([`${out}: 0 errors, 0 warnings`]);
    expect(readdirSync(dir)).toEqual(['story.json']);
  });

  it.each([
    ['missing-column-events.csv', '1:0: error: missing column "date" (the events sheet needs: id, date, title, summary, countries, sources)'],
    ['bad-date-events.csv', '4:2: error: date: "2017/11/12" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)'],
    ['empty-cell-events.csv', '3:4: error: title: empty, but required'],
    [
      'unknown-country-alignments.csv',
      '5:1: error: country: "Pakistn" is not a country in the map (give its ISO 3166-1 numeric code, such as 586, or its name on the map, such as Pakistan: `alignment-map countries` lists them)',
    ],
    ['unknown-bloc-alignments.csv', '8:2: error: bloc: "westen" is not a bloc of this story'],
    ['unknown-event-quotes.csv', '2:6: error: eventId: "lavrov-islamabad-2012" is not an event of this story'],
    [
      'stray-quote-quotes.csv',
      '2:8: error: stray quote character in a cell that does not start with a quote; a cell that holds a quote must be quoted as a whole, with each quote inside doubled ("She said ""yes"".")',
    ],
    [
      'unclosed-quote-quotes.csv',
      '3:4: error: a quoted cell is never closed, so the rest of the file would read as one cell; a cell that holds a quote must be quoted as a whole, with each quote inside doubled ("She said ""yes"".")',
    ],
  ])('%s: names file, row and column, exits 1 and writes no file at all', (bad, finding) => {
    const {code, out, err, written} = fromCsvWith(bad);
    expect(err).toEqual([]);
    expect(out[0]).toBe(`${BAD}/${bad}:${finding}`);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/: not written: 1 error, 0 warnings$/);
    expect(code).toBe(1);
    expect(written).toEqual([]);
  });

  it('an unknown column is a warning: the story is written without it, exit 0', () => {
    const {code, out, written} = fromCsvWith('unknown-column-events.csv');
    expect(out[0]).toBe(
      `${BAD}/unknown-column-events.csv:1:9: warning: unknown column "colour", left out of the story (the events sheet's columns: id, date, end, title, summary, countries, sources, background)`,
    );
    expect(out[1]).toMatch(/: written from 4 sheets: .*; 0 errors, 1 warning$/);
    expect([code, written]).toEqual([0, ['story.json']]);
  });

  it('misuse exits 2 with a usage line and writes nothing: unknown flag, missing file, unnamed sheet, two sheets for one list', () => {
    const dir = scratch();
    const out = join(dir, 'story.json');
    const cases: [string[], string][] = [
      [[...SHEETS, '--base', `${GOOD}/story.json`, '--out', out, '--frobnicate'], "alignment-map from-csv: Unknown option '--frobnicate'"],
      [[`${GOOD}/nope-events.csv`, '--base', `${GOOD}/story.json`, '--out', out], `alignment-map from-csv: ${GOOD}/nope-events.csv: cannot read: ENOENT`],
      [[...SHEETS, '--base', `${GOOD}/nope.json`, '--out', out], `alignment-map from-csv: ${GOOD}/nope.json: cannot read: ENOENT`],
      [[...SHEETS, '--out', out], 'alignment-map from-csv: no --base story given'],
      [[...SHEETS, '--base', `${GOOD}/story.json`], 'alignment-map from-csv: no --out file given'],
      [['--base', `${GOOD}/story.json`, '--out', out], 'alignment-map from-csv: no sheet given'],
      [[...SHEETS, '--base', `${GOOD}/story.json`, '--out', SHEETS[1]!], `alignment-map from-csv: --out ${SHEETS[1]} would write the story over a sheet`],
      [['notes.csv', '--base', `${GOOD}/story.json`, '--out', out], 'alignment-map from-csv: notes.csv: cannot tell which list this sheet fills'],
      [[SHEETS[0]!, `${BAD}/bad-date-events.csv`, '--base', `${GOOD}/story.json`, '--out', out], `alignment-map from-csv: ${SHEETS[0]} and ${BAD}/bad-date-events.csv both fill the events`],
      [[...SHEETS, '--base', `${GOOD}/story.json`, '--out', join(dir, 'no', 'such', 'folder.json')], 'cannot write: ENOENT'],
    ];
    for (const [args, message] of cases) {
      const result = run(['from-csv', ...args]);
      expect(result.err[0]).toContain(message);
      expect(result.err[1]).toBe('Usage: alignment-map from-csv <sheet.csv>... --base <story.json> --out <story.json>');
      expect([result.code, result.out]).toEqual([2, []]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('alignment-map new', () => {
  it('templateStory passes the validator with no error and no warning', () => {
    const {errors, warnings, story} = validateStory(templateStory('2021-04-06'), {countries});
    expect([...errors, ...warnings]).toEqual([]);
    expect(story?.events).toHaveLength(1);
  });

  it('writes story.json, says what to do next, and refuses to overwrite it without --force', () => {
    const dir = scratch();
    const file = join(dir, 'story.json');
    const first = run(['new', file]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toBe(`Wrote ${file}: a minimal story to start from.`);
    expect(first.out[1]).toContain(`npx alignment-map validate ${file}`);
    expect(run(['validate', file]).out).toEqual([`${file}: 0 errors, 0 warnings`]);

    writeFileSync(file, 'mine');
    const again = run(['new', file]);
    expect([again.code, again.err]).toEqual([1, [`alignment-map new: ${file} already exists; nothing was written (--force overwrites it)`]]);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(run(['new', file, '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(templateStory('2021-04-06'));
  });

  it('with --csv, writes three sheets that from-csv turns back into a valid story', () => {
    const dir = scratch();
    const base = join(dir, 'story.json');
    const made = run(['new', base, '--csv']);
    expect(made.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['alignments.csv', 'events.csv', 'quotes.csv', 'story.json']);
    const sheets = ['events', 'alignments', 'quotes'].map((s) => join(dir, `${s}.csv`));
    expect(made.out.join('\n')).toContain(`npx alignment-map from-csv ${sheets.join(' ')} --base ${base} --out ${base}`);
    const built = run(['from-csv', ...sheets, '--base', base, '--out', base]);
    expect(built.out).toEqual([`${base}: written from 3 sheets: 1 event, 2 alignments, 1 quote, 2 blocs; 0 errors, 0 warnings`]);
    expect(run(['validate', base]).code).toBe(0);
    // Nothing is written over an existing sheet either, not even the story.
    writeFileSync(sheets[2]!, 'mine');
    const fresh = join(dir, 'other.json');
    expect(run(['new', fresh, '--csv']).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('misuse exits 2 with a usage line', () => {
    expect(run(['new', 'a.json', 'b.json']).err).toEqual(['alignment-map new: one file at most, got 2', 'Usage: alignment-map new [story.json] [--csv] [--force]']);
    expect(run(['new', '--frobnicate']).code).toBe(2);
  });
});

describe('alignment-map countries', () => {
  it('lists codes and names, filtered by a name', () => {
    expect(run(['countries', 'pakistan'])).toEqual({code: 0, out: ['586  Pakistan'], err: []});
    expect(run(['countries', 'narnia']).code).toBe(1);
  });
});
