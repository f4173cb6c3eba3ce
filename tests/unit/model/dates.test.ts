import {describe, expect, it} from 'vitest';
import {after, endOf, isDay, parseDate, startOf, within} from '../../../src/model/dates.js';

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
  it('within lets a reduced end date cover its whole period', () => {
    expect(within('2008-12-31', '2007-05', '2008')).toBe(true);
    expect(within('2009-01-01', '2007-05', '2008')).toBe(false);
    expect(within('2008-02-29', '2007-05', '2008-02')).toBe(true);
    expect(within('2008-03-01', '2007-05', '2008-02')).toBe(false);
  });
  it('isDay accepts only whole YYYY-MM-DD days', () => {
    expect(isDay('2021-04-06')).toBe(true);
    expect(isDay('2021-04')).toBe(false);
    expect(isDay('2021-04-31')).toBe(false);
  });
});

describe('endOf and after', () => {
  it('endOf("2008") is the first day of 2009', () => expect(endOf('2008')).toBe('2009-01-01'));
  it('endOf("2008-02") is 1 March, and endOf("2008-12") is the next new year', () => {
    expect(endOf('2008-02')).toBe('2008-03-01');
    expect(endOf('2008-12')).toBe('2009-01-01');
  });
  it('endOf a whole day is that day, because `to` is exclusive', () => expect(endOf('2014-11-20')).toBe('2014-11-20'));
  it('endOf("9999") still sorts after every date', () => expect(endOf('9999') > '9999-12-31').toBe(true));
  it('after(day, "2021-04") is true only from 1 May 2021', () => {
    expect(after('2021-04-30', '2021-04')).toBe(false);
    expect(after('2021-05-01', '2021-04')).toBe(true);
  });
  it('after(day, a whole day) is true from the next day', () => {
    expect(after('2021-04-07', '2021-04-07')).toBe(false);
    expect(after('2021-04-08', '2021-04-07')).toBe(true);
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
