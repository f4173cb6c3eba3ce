import {rgb} from 'd3-color';
import {interpolatePuOr} from 'd3-scale-chromatic';
import {describe, expect, it} from 'vitest';
import {loadVotes} from '../../../src/lens/load-votes.js';
import {lensEn} from '../../../src/lens/strings.js';
import {readVotes, voteScore, votesOf, voteYearOf} from '../../../src/lens/votes-data.js';
import {scoreValue, voteColour, votesLens} from '../../../src/lens/votes.js';
import {closeness} from '../../../src/lens/votes-words.js';
import {places, voteTable} from '../../helpers/lens.js';

const table = voteTable();
const at = (day: string) => votesLens(table, day, places, lensEn);

describe('readVotes and votesOf', () => {
  it('readVotes(votes.json) reads 2001–2019 for 192 states of the map', () => {
    expect([table.first, table.last]).toEqual([2001, 2019]);
    expect(table.rows.size).toBe(192);
  });
  it('votesOf(table, India, 2019) gives the per cents and the shared votes', () => {
    expect(votesOf(table, '356', 2019)).toEqual({us: 27, ru: 82, cn: 89, n: 86});
  });
  it('votesOf is undefined for a state with no votes, a year it cast none, and a year outside the table', () => {
    expect(votesOf(table, '158', 2019)).toBeUndefined();
    expect(votesOf(table, '728', 2005)).toBeUndefined();
    expect(votesOf(table, '356', 2000)).toBeUndefined();
    expect(votesOf(table, '356', 2020)).toBeUndefined();
  });
  it('readVotes reports a damaged file instead of throwing', () => {
    for (const bad of [null, 3, {}, {years: [2019, 2001], ids: []}, {years: [2001, 2002], ids: ['356'], us: [[1]], ru: [[1]], cn: [[1]], n: [[1]]}]) {
      const reading = readVotes(bad);
      expect(reading.ok, JSON.stringify(bad)).toBe(false);
      if (!reading.ok) expect(reading.error).toMatch(/^UN votes data: /);
    }
    const wrong = {years: [2001, 2001], ids: ['356'], us: [[101]], ru: [[1]], cn: [[1]], n: [[1]]};
    expect(readVotes(wrong)).toEqual({ok: false, error: 'UN votes data: 356 in 2001 is not a set of per cents and a count'});
  });
  it('loadVotes() imports the shipped table', async () => expect((await loadVotes()).rows.get('586')?.length).toBe(19));
});

describe('voteYearOf', () => {
  it('voteYearOf(table, day) is the day’s year within 2001–2019', () => expect(voteYearOf(table, '2005-07-05')).toEqual({year: 2005, held: null}));
  it('voteYearOf holds 2019 after the data ends', () => expect(voteYearOf(table, '2021-04-06')).toEqual({year: 2019, held: 'after'}));
  it('voteYearOf has no year before 2001', () => expect(voteYearOf(table, '2000-12-31')).toEqual({year: null, held: 'before'}));
});

describe('voteScore, voteColour and closeness', () => {
  it('voteScore is mean agreement with China and Russia minus agreement with the USA', () => {
    expect(voteScore({us: 27, ru: 82, cn: 89, n: 86})).toBeCloseTo(0.585, 6);
    expect(voteScore({us: 100, ru: 0, cn: 0, n: 1})).toBe(-1);
  });
  it('voteColour runs purple (USA) to orange (China and Russia) and clamps', () => {
    expect(voteColour(-1)).toBe('#2d004b');
    expect(voteColour(1)).toBe('#7f3b08');
    expect(voteColour(5)).toBe('#7f3b08');
    expect(voteColour(0)).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('voteColour(score) is d3-scale-chromatic’s interpolatePuOr over -1…1', () => {
    for (let i = 0; i <= 200; i++) expect(voteColour(i / 100 - 1)).toBe(rgb(interpolatePuOr(i / 200)).formatHex());
  });
  it('scoreValue writes two decimals and never -0.00', () => {
    expect(scoreValue(0.585)).toMatch(/^0\.5[89]$/);
    expect(scoreValue(-0.001)).toBe('0.00');
    expect(scoreValue(-0.18)).toBe('-0.18');
  });
  it('closeness calls a gap under 10 points even', () => {
    expect(closeness(0.09, lensEn)).toBe(lensEn.closeEven);
    expect(closeness(0.1, lensEn)).toBe(lensEn.closerEast);
    expect(closeness(-0.2, lensEn)).toBe(lensEn.closerUs);
  });
});

describe('votesLens', () => {
  it('votesLens(table, 2019) colours India and Pakistan alike, with the numbers in the label', () => {
    const marks = at('2019-06-01').byCountry;
    const india = marks.get('356')!;
    expect(india.label).toBe(
      'UN votes in 2019: agreement with China 89 %, Russia 82 % and the USA 27 % (at least 86 shared votes with each): closer to China and Russia than to the USA',
    );
    expect(Math.abs(Number(india.value) - Number(marks.get('586')!.value))).toBeLessThan(0.05);
    expect(india.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('votesLens gives no colour to countries with no UN votes (Taiwan, Palestine, W. Sahara), and says so', () => {
    const marks = at('2019-06-01').byCountry;
    for (const id of ['158', '275', '732', '238']) expect(marks.get(id), id).toEqual({value: '', label: lensEn.votesNone});
  });

  it('votesLens gives no colour to a state in a year it cast no vote (South Sudan, 2005)', () => {
    expect(at('2005-07-05').byCountry.get('728')).toEqual({value: '', label: 'No UN General Assembly votes recorded in 2005'});
    expect(at('2012-01-01').byCountry.get('728')?.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('votesLens does not compare the USA, Russia or China with itself', () => {
    const marks = at('2019-06-01').byCountry;
    expect(marks.get('840')?.label).toBe('UN votes in 2019: agreement with China 21 % and Russia 29 % (at least 86 shared votes with each)');
    expect(marks.get('156')?.label).not.toMatch(/China \d/);
  });

  it('votesLens colours a territory as its sovereign state (Greenland as Denmark, Puerto Rico as the USA)', () => {
    const marks = at('2019-06-01').byCountry;
    expect(marks.get('304')).toEqual(marks.get('208'));
    expect(marks.get('630')).toEqual(marks.get('840'));
  });

  it('votesLens after 2019 holds 2019, with a note', () => {
    const later = at('2021-04-06');
    expect(later.byCountry).toEqual(at('2019-12-31').byCountry);
    expect(later.notes[0]).toBe('No UN vote data after 2019: showing 2019.');
  });

  it('votesLens before 2001 colours nothing, and says there is no data', () => {
    const early = at('2000-03-19');
    expect([...early.byCountry.values()].every((m) => m.colour === undefined && m.value === '')).toBe(true);
    expect(early.byCountry.get('356')?.label).toBe('No UN vote data before 2001.');
    expect(early.notes[0]).toBe('No UN vote data before 2001.');
  });

  it('votesLens always says that voting is not alliance, and cites Voeten', () => {
    for (const day of ['2000-01-01', '2010-01-01', '2024-01-01']) {
      const result = at(day);
      expect(result.notes).toContain(lensEn.votesNotAlliance);
      expect(result.sources).toEqual([{label: lensEn.votesSourceLabel, url: 'https://hdl.handle.net/1902.1/12379'}]);
    }
  });

  it('votesLens legend runs from China and Russia to the USA, and shows no votes', () => {
    const legend = at('2019-06-01').legend;
    expect(legend.map((i) => i.id)).toEqual(['1', '0.5', '0', '-0.5', '-1', 'none']);
    expect(legend.at(-1)?.colour).toBeUndefined();
  });
});
