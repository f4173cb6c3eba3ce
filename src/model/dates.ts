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

/** True when `date` falls in the interval [from, to); an absent `to` is open-ended. */
export function within(date: string, from: IsoDate, to?: IsoDate): boolean {
  return startOf(from) <= date && (to === undefined || date < startOf(to));
}

/** True for a whole `YYYY-MM-DD` day: the form the `date` attribute takes. */
export function isDay(text: string): boolean {
  return parseDate(text)?.precision === 'day';
}
