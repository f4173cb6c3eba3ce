import {describe, expect, it} from 'vitest';
import {formatDate, formatRange} from '../../../src/i18n/format.js';
import {fill, isolate} from '../../../src/i18n/strings.js';

describe('formatDate', () => {
  it('formatDate shows each precision as the sources give it', () => {
    expect(formatDate('2001-09-11')).toBe('11 September 2001');
    expect(formatDate('2001-10')).toBe('October 2001');
    expect(formatDate('2006')).toBe('2006');
  });
  it('formatDate leaves what is not a date as it is', () => expect(formatDate('soon')).toBe('soon'));
});

describe('formatRange', () => {
  it('formatRange joins days of one month', () => expect(formatRange('2021-04-06', '2021-04-07')).toBe('6–7 April 2021'));
  it('formatRange spells out both ends across months', () => expect(formatRange('2016-09-24', '2016-10-10')).toBe('24 September 2016 – 10 October 2016'));
  it('formatRange of one day, or without an end, is the date', () => {
    expect(formatRange('2021-04-06', '2021-04-06')).toBe('6 April 2021');
    expect(formatRange('2006', undefined)).toBe('2006');
  });
});

describe('strings', () => {
  it('fill replaces known placeholders and keeps unknown ones', () => expect(fill('{a} and {b}', {a: 1})).toBe('1 and {b}'));
  it('isolate wraps text in first-strong isolates', () => expect(isolate('x')).toBe('\u2068x\u2069'));
});
