/**
 * The UN votes lens: each state's place between the USA and China and Russia in the UN General Assembly
 * votes of the day's year (2001–2019), on a diverging scale. Voting together is not an alliance, and the lens
 * says so; a day after the data ends holds its last year, with a note, rather than inventing one.
 */
import {rgb} from 'd3-color';
import {interpolateRgbBasis} from 'd3-interpolate';
import type {CountryId} from '../model/types.js';
import {fill, type LensStrings} from './strings.js';
import {type LegendItem, type LensMark, type LensPlace, type LensResult, markAll} from './types.js';
import {isReference, voteScore, type VoteTable, votesOf, voteYearOf, type YearVotes} from './votes-data.js';
import {agreements, closeness} from './votes-words.js';

/** Where the data can be read, cited whenever the lens is shown. */
export const VOTES_SOURCE_URL = 'https://hdl.handle.net/1902.1/12379';

/**
 * Purple for the USA's side, orange for China and Russia's: ColorBrewer's PuOr (Cynthia Brewer, Penn State,
 * Apache-2.0), which stays readable under the common colour-vision deficiencies, unlike red against green.
 * These are the eleven colours d3-scale-chromatic's interpolatePuOr runs through, and the same B-spline, so
 * the colours are equal (tests/unit/lens/votes.test.ts checks it); that package ships as one file whose
 * schemes cannot be tree-shaken, and would add 11 KB gzip for this one ramp.
 */
const PUOR = ['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'];
const ramp = interpolateRgbBasis(PUOR);

/**
 * Scores run over the whole possible range, -1 to 1, so that a colour means the same in every year and is
 * not stretched by one year's extremes; 0 is the ramp's pale middle.
 */
const scale = (score: number) => ramp((Math.max(-1, Math.min(1, score)) + 1) / 2);

const colours = new Map<number, string>();

/** The colour of a score, `#rrggbb`. Remembered: scores come from whole per cents, so there are few. */
export function voteColour(score: number): string {
  let colour = colours.get(score);
  if (colour === undefined) colours.set(score, (colour = rgb(scale(score)).formatHex()));
  return colour;
}

/** A score as `data-value` carries it: "0.58", "-0.18", never "-0.00". */
export function scoreValue(score: number): string {
  const text = score.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** One state's mark in a year. */
function markOf(votes: YearVotes, country: CountryId, year: number, t: LensStrings): LensMark {
  const score = voteScore(votes);
  const tooltip = fill(t.votesLabel, {year, agreements: agreements(votes, country, t), n: votes.n});
  // One of the three yardsticks is not compared with itself.
  return {colour: voteColour(score), value: scoreValue(score), label: isReference(country) ? tooltip : `${tooltip}: ${closeness(score, t)}`};
}

/** Swatches along the scale, its ends and middle named, and the look of a state with no votes. */
function legendOf(t: LensStrings): LegendItem[] {
  const stops: [number, string][] = [
    [1, `${t.legendEast} (+1)`],
    [0.5, '+0.5'],
    [0, `${t.legendEven} (0)`],
    [-0.5, '−0.5'],
    [-1, `${t.legendUs} (−1)`],
  ];
  return [...stops.map(([score, label]) => ({id: String(score), label, colour: voteColour(score)})), {id: 'none', label: t.votesNone}];
}

/**
 * The votes lens on `day`: a colour and the underlying numbers for every state that voted in the year shown;
 * no colour, and a label that says why, for the others (Taiwan, Palestine, W. Sahara, a state not yet admitted).
 */
export function votesLens(table: VoteTable, day: string, places: readonly LensPlace[], t: LensStrings): LensResult {
  const {year, held} = voteYearOf(table, day);
  const notes = [t.votesNotAlliance, t.votesMethod];
  if (held === 'after') notes.unshift(fill(t.votesAfter, {last: table.last}));
  if (held === 'before') notes.unshift(fill(t.votesBefore, {first: table.first}));
  const own = (id: CountryId): LensMark | undefined => {
    if (year === null || !table.rows.has(id)) return undefined;
    const votes = votesOf(table, id, year);
    return votes ? markOf(votes, id, year, t) : {value: '', label: fill(t.votesNoneIn, {year})};
  };
  const none = year === null ? {value: '', label: fill(t.votesBefore, {first: table.first})} : {value: '', label: t.votesNone};
  return {
    byCountry: markAll(places, own, none),
    legend: legendOf(t),
    notes,
    sources: [{label: t.votesSourceLabel, url: VOTES_SOURCE_URL}],
  };
}
