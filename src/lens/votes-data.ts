/**
 * UN General Assembly votes as the votes lens reads them (data/unga/votes.json, built by
 * scripts/build-votes.mjs from Erik Voeten's dataset): yearly agreement of each state with the USA, Russia and
 * China. Reading and lookups only; no colours, so that the evidence table can use it without d3.
 */
import type {CountryId} from '../model/types.js';

/** The reference states and their ids in the map. */
export const REFERENCES = {us: '840', ru: '643', cn: '156'} as const;

export type Reference = keyof typeof REFERENCES;

/** True for the USA, Russia and China, whose votes are the yardsticks. */
export function isReference(country: CountryId): boolean {
  return Object.values<string>(REFERENCES).includes(country);
}

/** A state's votes in one year: agreement with each reference state in whole per cent, and how many votes. */
export interface YearVotes {
  us: number;
  ru: number;
  cn: number;
  /** The fewest roll calls it shared with any of the three. */
  n: number;
}

/** The whole table. */
export interface VoteTable {
  first: number;
  last: number;
  /** Per country, one entry per year from `first`, null for a year with no recorded votes. */
  rows: Map<CountryId, (YearVotes | null)[]>;
}

/** The outcome of reading the table: the table, or what is wrong with it. */
export type VoteReading = {ok: true; table: VoteTable} | {ok: false; error: string};

const isShare = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Reads the shape scripts/build-votes.mjs writes, checking it, so that a bad file is reported, not drawn. */
export function readVotes(raw: unknown): VoteReading {
  const fail = (why: string): VoteReading => ({ok: false, error: `UN votes data: ${why}`});
  if (typeof raw !== 'object' || raw === null) return fail('expected an object');
  const o = raw as Record<string, unknown>;
  const years = o['years'];
  if (!Array.isArray(years) || years.length !== 2 || !years.every(Number.isInteger) || years[0] > years[1]) return fail('"years" must be [first, last]');
  const [first, last] = years as [number, number];
  const ids = o['ids'];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return fail('"ids" must be a list of country ids');
  const columns = (['us', 'ru', 'cn', 'n'] as const).map((key) => o[key]);
  const width = last - first + 1;
  const rows = new Map<CountryId, (YearVotes | null)[]>();
  for (const [i, id] of (ids as string[]).entries()) {
    const cells = columns.map((column) => (Array.isArray(column) ? column[i] : undefined));
    if (!cells.every((cell) => Array.isArray(cell) && cell.length === width)) return fail(`the row of ${id} is missing or not ${width} years long`);
    const [us, ru, cn, n] = cells as unknown[][] as [unknown[], unknown[], unknown[], unknown[]];
    const row: (YearVotes | null)[] = [];
    for (let y = 0; y < width; y++) {
      const cell = {us: us[y], ru: ru[y], cn: cn[y], n: n[y]};
      if (Object.values(cell).every((v) => v === null)) row.push(null);
      else if (isShare(cell.us) && isShare(cell.ru) && isShare(cell.cn) && isCount(cell.n)) row.push(cell as YearVotes);
      else return fail(`${id} in ${first + y} is not a set of per cents and a count`);
    }
    rows.set(id, row);
  }
  return {ok: true, table: {first, last, rows}};
}

/** A state's votes in a year, or undefined when it cast none (or the year is outside the table). */
export function votesOf(table: VoteTable, country: CountryId, year: number): YearVotes | undefined {
  return table.rows.get(country)?.[year - table.first] ?? undefined;
}

/** The year of votes shown on a day, and why it is not the day's own year when it is not. */
export interface VoteYear {
  /** The year shown, or null before the table starts. */
  year: number | null;
  held: 'before' | 'after' | null;
}

/** The day's year; the last year of the table for later days, held rather than invented; nothing before it. */
export function voteYearOf(table: VoteTable, day: string): VoteYear {
  const year = Number(day.slice(0, 4));
  if (year < table.first) return {year: null, held: 'before'};
  if (year > table.last) return {year: table.last, held: 'after'};
  return {year, held: null};
}

/**
 * Where a state's votes sit between the two sides, from -1 (always with the USA, never with China and
 * Russia) to 1 (the reverse): the mean of its agreement with China and with Russia, minus its agreement with
 * the USA. A difference rather than the agreement with the USA alone, because the USA votes "no" with very
 * few others and so agrees little with nearly everyone (Japan about 45 %); both China and Russia, because
 * the lens says "closer to China and Russia", and each agrees with itself.
 */
export function voteScore(votes: YearVotes): number {
  return ((votes.cn + votes.ru) / 2 - votes.us) / 100;
}
