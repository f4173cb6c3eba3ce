import {parseDate} from '../model/dates.js';
import type {IsoDate} from '../model/types.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? {year: 'numeric', timeZone: 'UTC'}
        : precision === 'month'
          ? {year: 'numeric', month: 'long', timeZone: 'UTC'}
          : {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'};
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** A story date at its own precision: "2006", "October 2001", "11 September 2001". */
export function formatDate(date: IsoDate, locale = 'en-GB'): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  return formatter(locale, parsed.precision).format(new Date(`${parsed.start}T00:00:00Z`));
}

/** A date range such as an event that lasts several days: "6–7 April 2021". */
export function formatRange(date: IsoDate, end: IsoDate | undefined, locale = 'en-GB'): string {
  const [a, b] = [parseDate(date), end === undefined ? null : parseDate(end)];
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day') return formatDate(date, locale);
  const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
  return formatter(locale, 'day').formatRange(toDate(a.start), toDate(b.start));
}
