import {afterEach, describe, expect, it} from 'vitest';
import {storyFromCsv, type Input} from '../../src/cli/build.js';
import {SHEETS} from '../../src/cli/columns.js';
import {CountryNames} from '../../src/cli/countries.js';
import {known, world} from '../../src/built-in.js';
import base from '../fixtures/csv/good/story.json?raw';
import events from '../fixtures/csv/good/events.csv?raw';
import alignments from '../fixtures/csv/good/alignments.csv?raw';
import quotes from '../fixtures/csv/good/quotes.csv?raw';
import blocs from '../fixtures/csv/good/blocs.csv?raw';
import badDate from '../fixtures/csv/bad/bad-date-events.csv?raw';
import {$, blocOf, cleanup, colourOf, mount, until} from './helpers.js';

afterEach(cleanup);

/** Builds a story from sheets exactly as `alignment-map from-csv` does, here in the browser. */
function build(sheets: Record<string, string>) {
  const inputs = Object.entries(sheets).map(([name, text]) => ({schema: SHEETS.find((s) => s.name === name)!, input: {file: `${name}.csv`, text} satisfies Input}));
  return storyFromCsv({file: 'story.json', text: base}, inputs, {names: new CountryNames(world.countries), countries: known});
}

/** The built story served as a file of its own, as a newsroom would publish it beside its page. */
function published(story: object): string {
  return URL.createObjectURL(new Blob([JSON.stringify(story, null, 2)], {type: 'application/json'}));
}

describe('a story built from CSV sheets', () => {
  it('loads with src and colours the countries as alignments.csv says, in the colours blocs.csv gives', async () => {
    const built = build({events, alignments, quotes, blocs});
    expect(built.diagnostics).toEqual([]);
    const el = await mount({src: published(built.story!), date: '2021-04-06'});
    await until(() => $(el, '[part="header"] h2')?.textContent === "From the SCO to an 'Eastern block', in four steps");
    // Row 7: "China; Russia; Iran; Pakistan,eastern,2021-04-06"; row 8: "840; 356; 392; 036,western,2021-04-06".
    for (const id of ['156', '643', '364', '586']) expect(blocOf(el, id)).toBe('eastern');
    for (const id of ['840', '356', '392', '036']) expect(blocOf(el, id)).toBe('western');
    // Row 3: Kazakhstan and Tajikistan stay SCO founders, with no end date.
    expect([blocOf(el, '398'), blocOf(el, '762')]).toEqual(['sco-founders', 'sco-founders']);
    expect(colourOf(el, '586')).toBe('rgb(213, 94, 0)');
    expect(colourOf(el, '398')).toBe('rgb(166, 118, 29)');

    el.setAttribute('date', '2018-01-01');
    await until(() => blocOf(el, '586') === 'russia-pakistan');
    expect([blocOf(el, '643'), blocOf(el, '840'), blocOf(el, '036'), blocOf(el, '156'), blocOf(el, '364')]).toEqual(['russia-pakistan', 'quad', 'quad', 'sco-founders', 'none']);
  });

  it('gives nothing to publish from a sheet with a bad date, only the finding with its row and column', () => {
    const built = build({events: badDate, alignments, quotes, blocs});
    expect(built.story).toBeNull();
    expect(built.diagnostics).toEqual([
      {file: 'events.csv', line: 4, column: 2, level: 'error', field: 'date', message: '"2017/11/12" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)'},
    ]);
  });
});
