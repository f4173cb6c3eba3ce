import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {storyFromCsv} from '../../../src/cli/build.js';
import {SHEETS} from '../../../src/cli/columns.js';
import {CountryNames} from '../../../src/cli/countries.js';
import {formatDiagnostic} from '../../../src/cli/diagnostic.js';
import {templateStory} from '../../../src/cli/new.js';
import world from '../../../data/world.json';
import type {World} from '../../../src/geo/world.js';
import {countries} from '../../helpers/story.js';

const doc = readFileSync('docs/story-format.md', 'utf8');
const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('docs/story-format.md', () => {
  it('its minimal story is what `alignment-map new` writes', () => {
    expect(JSON.parse(blocks('json')[0]!)).toEqual(templateStory('2021-04-06'));
  });

  it('its three example sheets build, with the fixture’s blocs and base, with no finding', () => {
    const [events, alignments, quotes] = blocks('csv');
    const sheets = {events, alignments, quotes, blocs: readFileSync('tests/fixtures/csv/good/blocs.csv', 'utf8')};
    const built = storyFromCsv(
      {file: 'story.json', text: readFileSync('tests/fixtures/csv/good/story.json', 'utf8')},
      Object.entries(sheets).map(([name, text]) => ({schema: SHEETS.find((s) => s.name === name)!, input: {file: `${name}.csv`, text: text!}})),
      {names: new CountryNames((world as unknown as World).countries), countries},
    );
    expect(built.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(built.story).not.toBeNull();
  });
});
