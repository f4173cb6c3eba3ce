import {describe, expect, it} from 'vitest';
import {isDay, parseDate, startOf, within} from '../../../src/model/dates.js';

describe('parseDate', () => {
  it('parseDate("2017-06-09") is a day', () => expect(parseDate('2017-06-09')).toEqual({start: '2017-06-09', precision: 'day'}));
  it('parseDate("2001-10") is a month that starts on its first day', () =>
    expect(parseDate('2001-10')).toEqual({start: '2001-10-01', precision: 'month'}));
  it('parseDate("2006") is a year', () => expect(parseDate('2006')).toEqual({start: '2006-01-01', precision: 'year'}));
  it.each(['2017-13-01', '2017-02-30', '2021-02-29', '2017-00-10', '2017-06-00', '2017/06/09', '17-06-09', '2017-6-9', '', ' 2017-06-09', '2017-06-09T00:00'])(
    'parseDate(%j) is null',
    (text) => expect(parseDate(text)).toBeNull(),
  );
  it('parseDate("2020-02-29") accepts a leap day', () => expect(parseDate('2020-02-29')?.precision).toBe('day'));
});

describe('within and startOf', () => {
  it('startOf("2006") sorts before any day of 2006', () => expect(startOf('2006') <= '2006-01-01').toBe(true));
  it('within is inclusive at the start and exclusive at the end', () => {
    expect(within('2006-01-01', '2006', '2014-11-20')).toBe(true);
    expect(within('2014-11-20', '2006', '2014-11-20')).toBe(false);
    expect(within('2005-12-31', '2006')).toBe(false);
    expect(within('2099-01-01', '2006')).toBe(true);
  });
  it('isDay accepts only whole YYYY-MM-DD days', () => {
    expect(isDay('2021-04-06')).toBe(true);
    expect(isDay('2021-04')).toBe(false);
    expect(isDay('2021-04-31')).toBe(false);
  });
});

describe('remembered', () => {
  it('remembered computes each key once, and stops remembering past its limit', async () => {
    const {remembered} = await import('../../../src/model/memo.js');
    let calls = 0;
    const twice = remembered((s) => (calls++, s + s), 2);
    expect([twice('a'), twice('a'), twice('b'), twice('c'), twice('c')]).toEqual(['aa', 'aa', 'bb', 'cc', 'cc']);
    expect(calls).toBe(4);
  });
});
