import {parseDate} from '../model/dates.js';
import type {IsoDate} from '../model/types.js';
import {en, fill, type Strings} from './strings.js';

/**
 * Dates in the words of the interface strings rather than through Intl.DateTimeFormat: the first Intl
 * formatter costs about 25 ms on a cold load (its locale data), more than drawing the map, and a
 * translation brings its own month names and word order anyway.
 */
export function formatDate(date: IsoDate, t: Strings = en): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const [y, m, d] = parsed.start.split('-').map(Number) as [number, number, number];
  const month = t.months.split(' ')[m - 1] ?? '';
  if (parsed.precision === 'year') return String(y);
  if (parsed.precision === 'month') return fill(t.dateMonth, {month, y});
  return fill(t.dateDay, {d, month, y});
}

/** A date range such as an event that lasts several days: "6–7 April 2021", "24 September – 10 October 2016". */
export function formatRange(date: IsoDate, end: IsoDate | undefined, t: Strings = en): string {
  const [a, b] = [parseDate(date), end === undefined ? null : parseDate(end)];
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day' || a.start === b.start) return formatDate(date, t);
  const [from, to] = [formatDate(a.start, t), formatDate(b.start, t)];
  if (a.start.slice(0, 7) === b.start.slice(0, 7)) return fill(t.rangeSameMonth, {d1: Number(a.start.slice(8)), rest: to});
  return fill(t.range, {from, to});
}

/** "1 country", "4 countries". */
export function formatCount(n: number, t: Strings = en): string {
  return `${n} ${n === 1 ? t.one : t.many}`;
}

/** "Australia, India and Japan", without Intl.ListFormat's cold-start cost. */
export function formatList(items: readonly string[], t: Strings = en): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t.and} ${items.at(-1)}`;
}
