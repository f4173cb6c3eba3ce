import {parseDate} from '../model/dates.js';
import type {IsoDate} from '../model/types.js';
import {en, fill, type Strings} from './strings.js';

/** How a language that arrives in a chunk writes dates, numbers and plural forms (see intl.ts). */
export interface Formats {
  date: (y: number, m: number, d: number, precision: 'day' | 'month') => string;
  number: (n: number) => string;
  plural: (n: number) => Intl.LDMLPluralRule;
}

const formats = new Map<string, Formats>();

/** Registers a language's formats; its catalogue does so when it loads. */
export function addFormats(lang: string, own: Formats): void {
  formats.set(lang, own);
}

/**
 * Dates. English uses the words of the interface strings rather than Intl.DateTimeFormat: the first Intl
 * formatter costs about 25 ms on a cold load (its locale data), more than drawing the map. Another language
 * arrives after the first view anyway, with Intl's formats.
 */
export function formatDate(date: IsoDate, t: Strings = en): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const [y, m, d] = parsed.start.split('-').map(Number) as [number, number, number];
  if (parsed.precision === 'year') return String(y);
  const own = formats.get(t.lang);
  if (own) return own.date(y, m, d, parsed.precision);
  const month = t.months.split(' ')[m - 1] ?? '';
  if (parsed.precision === 'month') return fill(t.dateMonth, {month, y});
  return fill(t.dateDay, {d, month, y});
}

/** A date range such as an event that lasts several days: "6–7 April 2021", "24 September – 10 October 2016". */
export function formatRange(date: IsoDate, end: IsoDate | undefined, t: Strings = en): string {
  const [a, b] = [parseDate(date), end === undefined ? null : parseDate(end)];
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day' || a.start === b.start) return formatDate(date, t);
  const [from, to] = [formatDate(a.start, t), formatDate(b.start, t)];
  if (a.start.slice(0, 7) === b.start.slice(0, 7)) return fill(t.rangeSameMonth, {d1: formatNumber(Number(a.start.slice(8)), t), rest: to});
  return fill(t.range, {from, to});
}

/** A number in the interface's language ("1 234" in Russian). */
export function formatNumber(n: number, t: Strings = en): string {
  return formats.get(t.lang)?.number(n) ?? String(n);
}

/** "1 country", "4 countries"; in Russian "1 страна", "3 страны", "5 стран", by Intl.PluralRules. */
export function formatCount(n: number, t: Strings = en): string {
  const form = formats.get(t.lang)?.plural(n) ?? (n === 1 ? 'one' : 'other');
  return `${formatNumber(n, t)} ${form === 'one' ? t.one : form === 'few' ? t.few : t.many}`;
}

/** "Australia, India and Japan", without Intl.ListFormat's cold-start cost. */
export function formatList(items: readonly string[], t: Strings = en): string {
  if (items.length < 2) return items[0] ?? '';
  // Urdu separates with the Arabic comma.
  return `${items.slice(0, -1).join(t.dir === 'rtl' ? '، ' : ', ')} ${t.and} ${items.at(-1)}`;
}
