import {describe, expect, it} from 'vitest';
import {storyFromCsv} from '../../../src/cli/build.js';
import {SHEETS} from '../../../src/cli/columns.js';
import {CountryNames} from '../../../src/cli/countries.js';
import {formatDiagnostic} from '../../../src/cli/diagnostic.js';
import {readEntries} from '../../../src/cli/rows.js';
import {readSheet} from '../../../src/cli/sheet.js';
import world from '../../../data/world.json';
import type {World} from '../../../src/geo/world.js';
import {countries} from '../../helpers/story.js';

const names = new CountryNames((world as unknown as World).countries);
const BASE = JSON.stringify(
  {
    version: 1,
    title: 'T',
    intro: 'I',
    source: {title: 'A', outlet: 'O', author: 'W', place: 'P', url: 'https://example.org/a', date: '2021-04'},
    blocs: [
      {id: 'red', label: 'Red', colour: '#d55e00', description: 'R'},
      {id: 'blue', label: 'Blue', colour: '#0072b2', description: 'B'},
    ],
  },
  null,
  2,
);
const EVENTS = 'id,date,title,summary,countries,sources\nfirst,2001-09-11,First,S,Pakistan,A|https://example.org/a\n';
const ALIGNMENTS = 'country,bloc,from,reason,source\nPakistan,blue,2001-09-11,R,A|https://example.org/a\n';

/** Builds from sheets given as {events: text, …}, and returns the story and the printed findings. */
function build(sheets: Record<string, string>, base = BASE) {
  const inputs = Object.entries({events: EVENTS, alignments: ALIGNMENTS, ...sheets}).map(([name, text]) => ({
    schema: SHEETS.find((s) => s.name === name)!,
    input: {file: `${name}.csv`, text},
  }));
  const built = storyFromCsv({file: 'story.json', text: base}, inputs, {names, countries});
  return {story: built.story, lines: built.diagnostics.map(formatDiagnostic)};
}

describe('storyFromCsv', () => {
  it('storyFromCsv fills the base with the sheets, in the story format’s field order', () => {
    const {story, lines} = build({});
    expect(lines).toEqual([]);
    expect(Object.keys(story!)).toEqual(['version', 'title', 'intro', 'source', 'blocs', 'events', 'alignments']);
    expect(story!['events']).toEqual([{id: 'first', date: '2001-09-11', title: 'First', summary: 'S', countries: ['586'], sources: [{label: 'A', url: 'https://example.org/a'}]}]);
  });

  it('storyFromCsv sorts events by date, and still traces each back to its row', () => {
    const events = `${EVENTS}late,2017,Late,S,,\nearly,2000-03,Early,S,India,A|https://example.org/a\nfirst,1999,Again,S,,\n`;
    const {story, lines} = build({events});
    expect(lines).toEqual([
      'events.csv:2:1: error: id: duplicate id "first" (also row 5)',
      'events.csv:3:6: warning: sources: the event cites no source',
      'events.csv:5:6: warning: sources: the event cites no source',
    ]);
    expect(story).toBeNull();
    const fixed = build({events: events.replace('first,1999', 'again,1999')});
    expect((fixed.story!['events'] as {id: string}[]).map((e) => e.id)).toEqual(['again', 'early', 'first', 'late']);
  });

  it('storyFromCsv makes one alignment per country of a row, and names rows in the validator’s messages', () => {
    const alignments = 'country,bloc,from,to,reason,source_label,source_url\nChina; Russia; 36,red,2001,2010,R,A,https://example.org/a\nRussia,red,2005,,R,A,https://example.org/a\n';
    const {story, lines} = build({alignments});
    expect(story!['alignments']).toHaveLength(4);
    expect((story!['alignments'] as Record<string, unknown>[])[2]).toEqual({country: '036', bloc: 'red', from: '2001', to: '2010', reason: 'R', source: {label: 'A', url: 'https://example.org/a'}});
    // Two groups at once are legal; the same group twice at once is a mistake.
    expect(lines).toEqual(['alignments.csv:3:0: warning: overlaps row 2: "643" in bloc "red" twice at once']);
  });

  it('storyFromCsv reads a source split over source_label and source_url, and wants both', () => {
    const alignments = 'country,bloc,from,reason,source_label,source_url\nPakistan,blue,2001,R,A,\n';
    expect(build({alignments}).lines).toEqual(['alignments.csv:2:6: error: source_url: empty, but required']);
    const missing = 'country,bloc,from,reason,source_label\nPakistan,blue,2001,R,A\n';
    expect(build({alignments: missing}).lines).toEqual([
      'alignments.csv:1:0: error: missing column "source" (or "source_label" and "source_url") (the alignments sheet needs: country, bloc, from, reason, source)',
    ]);
  });

  it('storyFromCsv traces a finding below a field to its column, counting from one', () => {
    const events = 'id,date,title,summary,countries,sources\nfirst,2001,F,S,586,A|https://example.org/a; B|ftp://example.org/b\n';
    expect(build({events}).lines).toEqual([
      'events.csv:2:6: warning: sources (item 2, url): "ftp://example.org/b" is not an http(s) address, so it is shown as text, not as a link',
    ]);
  });

  it('storyFromCsv reports each bad cell once, not again as the validator’s missing field', () => {
    const events = 'id,date,title,summary,countries,sources,background\nfirst,2001/09/11,,S,Narnia,A|https://example.org/a,perhaps\n';
    expect(build({events}).lines).toEqual([
      'events.csv:2:2: error: date: "2001/09/11" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)',
      'events.csv:2:3: error: title: empty, but required',
      expect.stringMatching(/^events.csv:2:5: error: countries: "Narnia" is not a country in the map/),
      'events.csv:2:7: error: background: "perhaps" is not true or false (expected true, false, yes, no or an empty cell)',
    ]);
  });

  it('storyFromCsv counts rows as lines of the file: byte-order mark, blank rows and cells over several lines', () => {
    const events = '\uFEFFid,date,title,summary,countries,sources\n,,,,,\nfirst,2001,"Two\nlines",S,586,A|https://example.org/a\n\nsecond,2001-13,T,S,586,A|https://example.org/a\n';
    expect(build({events}).lines).toEqual(['events.csv:6:2: error: date: "2001-13" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)']);
  });

  it('storyFromCsv explains a sheet in the wrong shape: semicolons, a column twice, a cell under no header', () => {
    expect(build({events: 'id;date;title\nfirst;2001;F\n'}).lines).toContain(
      'events.csv:1:1: error: the columns seem separated by semicolons or tabs: export the sheet as comma-separated CSV',
    );
    const events = 'id,date,title,summary,countries,sources,Date\nfirst,2001,F,S,586,A|https://example.org/a,,x\n';
    expect(build({events}).lines).toEqual([
      'events.csv:1:7: error: column "Date" appears twice (also column 2)',
      'events.csv:2:8: warning: this cell is under no column header, so it is left out',
    ]);
  });

  it('storyFromCsv locates the base story’s own mistakes in the base file', () => {
    expect(build({}, '{\n  "version": 1,\n}').lines[0]).toBe('story.json:3:1: error: not valid JSON: property name expected');
    expect(build({}, '[]').lines).toEqual(['story.json:1:1: error: expected a story: a JSON object, as `alignment-map new` writes']);
    const base = BASE.replace('"title": "T"', '"title": ""').replace('"version": 1', '"version": 1,\n  "opening": "nope"');
    expect(build({}, base).lines).toEqual([
      'story.json:3:3: error: opening: "nope" is not an event of this story',
      'story.json:4:3: error: title: expected text, got ""',
    ]);
  });

  it('storyFromCsv reads the other sheets: blocs, organisations, memberships, places, claims', () => {
    const {story, lines} = build({
      blocs: 'id,label,color,description,opinion\nred,Red,#d55e00,R,\nblue,Blue,#0072b2,B,Someone\n',
      organisations: 'id,label,short\nsco,Shanghai Cooperation Organisation,SCO\n',
      memberships: 'countries,organization,role,from,to,note,source\nIndia; Pakistan,sco,member,2017-06-09,,,A|https://example.org/a\n',
      places: 'id,name,lon,lat\nislamabad,Islamabad,73.0479,33.6844\n',
      claims: 'id,text,correction,event_id,sources\nc1,over a decade,Six years.,first,A|https://example.org/a\n',
    });
    expect(lines).toEqual([]);
    expect(story!['blocs']).toEqual([
      {id: 'red', label: 'Red', colour: '#d55e00', description: 'R'},
      {id: 'blue', label: 'Blue', colour: '#0072b2', description: 'B', opinion: 'Someone'},
    ]);
    expect(story!['memberships']).toHaveLength(2);
    expect(story!['places']).toEqual([{id: 'islamabad', name: 'Islamabad', coordinates: [73.0479, 33.6844]}]);
    expect(story!['claims']).toEqual([{id: 'c1', text: 'over a decade', correction: 'Six years.', eventId: 'first', sources: [{label: 'A', url: 'https://example.org/a'}]}]);
    expect(build({places: 'id,name,longitude,latitude\nx,X,73.5,133\ny,Y,73,\n'}).lines).toEqual([
      'places.csv:2:4: error: latitude: 133 is out of range (expected -90 to 90 degrees)',
      'places.csv:3:4: error: latitude: empty, but required',
    ]);
  });
});

describe('readSheet', () => {
  const blocs = SHEETS.find((s) => s.name === 'blocs')!;

  it('readSheet keeps, as text, a column the story format knows but the sheet’s columns do not', () => {
    const sheet = readSheet('blocs.csv', 'id,label,colour,description,asOf,notes\nred,Red,#d55e00,R,2021-04,x\n', blocs, (header) => header === 'asOf');
    expect(sheet.diagnostics.map(formatDiagnostic)).toEqual([
      'blocs.csv:1:6: warning: unknown column "notes", left out of the story (the blocs sheet\'s columns: id, label, colour, description, opinion)',
    ]);
    expect(readEntries(sheet, names).entries).toEqual([{id: 'red', label: 'Red', colour: '#d55e00', description: 'R', asOf: '2021-04'}]);
  });
});
