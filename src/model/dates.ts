import {remembered} from './memo.js';
import type {IsoDate} from './types.js';

/** How much of a date the sources support. */
export type Precision = 'year' | 'month' | 'day';

/** A parsed date: its first day as `YYYY-MM-DD`, which sorts as text, and its precision. */
export interface ParsedDate {
  start: string;
  precision: Precision;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null unless the text is one of these and a real calendar day. */
export function parseDate(text: string): ParsedDate | null {
  const match = FORM.exec(text);
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string | undefined, string | undefined];
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return null;
  return {
    start: `${y}-${m ?? '01'}-${d ?? '01'}`,
    precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year',
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day of a valid story date, for comparing dates of mixed precision. Remembered, because every
 * timeline step compares each alignment's dates and a story holds few distinct ones.
 */
export const startOf: (date: IsoDate) => string = remembered((date) => parseDate(date)?.start ?? date);

/**
 * Where an interval whose `to` is `date` ends, as the first day it no longer covers: a whole day ends where it
 * says (`to` is exclusive), a month or a year after its last day ("2008" ends at 2009-01-01, "2008-02" at
 * 2008-03-01), because an interval covers every day it may have held.
 */
export const endOf: (date: IsoDate) => string = remembered((date) => {
  const parsed = parseDate(date);
  if (!parsed || parsed.precision === 'day') return parsed?.start ?? date;
  const [y, m] = parsed.start.split('-').map(Number) as [number, number];
  if (parsed.precision === 'month' && m < 12) return `${pad(y, 4)}-${pad(m + 1, 2)}-01`;
  // Past year 9999 a five-digit year would sort before every other date; this sorts after them all.
  return y < 9999 ? `${pad(y + 1, 4)}-01-01` : '9999-99-99';
});

/** True when the day `day` (`YYYY-MM-DD`) comes after every day that `date` may stand for. */
export function after(day: string, date: IsoDate): boolean {
  const parsed = parseDate(date);
  return parsed?.precision === 'day' ? day > parsed.start : day >= endOf(date);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** True when `date` falls in the interval [from, to); an absent `to` is open-ended, a reduced one covers its period. */
export function within(date: string, from: IsoDate, to?: IsoDate): boolean {
  return startOf(from) <= date && (to === undefined || date < endOf(to));
}

/** True for a whole `YYYY-MM-DD` day: the form the `date` attribute takes. */
export function isDay(text: string): boolean {
  return parseDate(text)?.precision === 'day';
}
