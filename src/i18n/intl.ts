import type {Formats} from './format.js';

/**
 * Dates, numbers and plurals through Intl for a language that arrives in a chunk: its grammar (Russian months
 * in the genitive after a day, the nominative alone; Russian's three plural forms) is what Intl knows. English
 * does without, in the first view (see format.ts).
 */
export function intlFormats(lang: string): Formats {
  const day = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  const month = new Intl.DateTimeFormat(lang, {month: 'long', year: 'numeric', timeZone: 'UTC'});
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  return {
    date: (y, m, d, precision) => (precision === 'day' ? day : month).format(Date.UTC(y, m - 1, d)),
    number: (n) => numbers.format(n),
    plural: (n) => plurals.select(n),
  };
}
