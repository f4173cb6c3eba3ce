import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatHash, MAX_REPORTED, MAX_VALUE, parseHash} from '../../../src/model/hash.js';

describe('parseHash', () => {
  it('parseHash("#date=2017-06-09&country=586&quote=official-battle-lines") reads all three', () =>
    expect(parseHash('#date=2017-06-09&country=586&quote=official-battle-lines')).toEqual({
      link: {date: '2017-06-09', country: '586', quote: 'official-battle-lines'},
      ignored: [],
    }));
  it('parseHash("date=2001-10-11") needs no leading #', () => expect(parseHash('date=2001-10-11').link).toEqual({date: '2001-10-11'}));
  it('parseHash("#top") is a page’s own anchor: nothing read, nothing reported', () => expect(parseHash('#top')).toEqual({link: {}, ignored: []}));
  it('parseHash("") is empty', () => expect(parseHash('')).toEqual({link: {}, ignored: []}));
  it('parseHash drops a date that is not a whole calendar day', () => {
    for (const date of ['2017-13-01', '2021-02-29', '2017', '2017-06', 'yesterday'])
      expect(parseHash(`#date=${date}`)).toEqual({link: {}, ignored: [{key: 'date', value: date, reason: 'invalid'}]});
  });
  it('parseHash drops a country that is not three digits', () =>
    expect(parseHash('#country=PK').ignored).toEqual([{key: 'country', value: 'PK', reason: 'invalid'}]));
  it('parseHash keeps the first of repeated keys and reports the rest', () =>
    expect(parseHash('#date=2001-10-11&date=2021-04-06')).toEqual({
      link: {date: '2001-10-11'},
      ignored: [{key: 'date', value: '2021-04-06', reason: 'repeated'}],
    }));
  it('parseHash reports keys it does not know', () => expect(parseHash('#zoom=3').ignored).toEqual([{key: 'zoom', value: '3', reason: 'key'}]));
  it('parseHash drops an over-long value and reports it cut short', () => {
    const {link, ignored} = parseHash(`#quote=${'a'.repeat(MAX_VALUE + 1)}`);
    expect(link).toEqual({});
    expect(ignored[0]?.reason).toBe('long');
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(40);
  });
  it('parseHash still reads what follows an over-long value', () =>
    expect(parseHash(`#quote=${'x'.repeat(50_000)}&country=586`).link).toEqual({country: '586'}));
  it('parseHash decodes escapes and keeps markup as text', () => {
    expect(parseHash('#quote=%3Cscript%3Ealert(1)%3C%2Fscript%3E').link.quote).toBe('<script>alert(1)</script>');
    expect(parseHash('#country=%3Cimg%20src%3Dx%3E').ignored).toEqual([{key: 'country', value: '<img src=x>', reason: 'invalid'}]);
  });
  it('parseHash survives a malformed escape', () =>
    expect(parseHash('#quote=%E0%A4%A&date=%')).toEqual({link: {quote: '\ufffd%A'}, ignored: [{key: 'date', value: '%', reason: 'invalid'}]}));
  it(`parseHash reports at most ${MAX_REPORTED} ignored parts`, () =>
    expect(parseHash(`#${Array.from({length: 10_000}, (_, i) => `k${i}=1`).join('&')}`).ignored).toHaveLength(MAX_REPORTED));
});

describe('formatHash', () => {
  it('formatHash writes the keys in a fixed order', () =>
    expect(formatHash({quote: 'q', country: '586', date: '2017-06-09'})).toBe('#date=2017-06-09&country=586&quote=q'));
  it('formatHash({}) is the empty string', () => expect(formatHash({})).toBe(''));
  it('formatHash escapes what a quote id may hold', () => expect(formatHash({quote: 'a&b=c #d'})).toBe('#quote=a%26b%3Dc+%23d'));
});

const RUNS = 2000;
const link = fc.record(
  {
    date: fc.date({min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10)),
    country: fc.integer({min: 0, max: 999}).map((n) => String(n).padStart(3, '0')),
    quote: fc.string({minLength: 1, maxLength: MAX_VALUE}).filter((s) => s.trim() !== ''),
  },
  {requiredKeys: []},
);

describe('parseHash and formatHash (fast-check)', () => {
  it(`never throw, and keep only valid values, on ${RUNS} arbitrary strings`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.webFragments()), (text) => {
        const {link: read, ignored} = parseHash(text);
        if (read.date !== undefined) expect(read.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (read.country !== undefined) expect(read.country).toMatch(/^\d{3}$/);
        expect((read.quote ?? '').length).toBeLessThanOrEqual(MAX_VALUE);
        expect(ignored.length).toBeLessThanOrEqual(MAX_REPORTED);
      }),
      {numRuns: RUNS},
    );
  });
  it(`round-trip ${RUNS} links: parseHash(formatHash(link)) gives the link back`, () => {
    fc.assert(
      fc.property(link, (l) => {
        expect(parseHash(formatHash(l))).toEqual({link: l, ignored: []});
      }),
      {numRuns: RUNS},
    );
  });
});
