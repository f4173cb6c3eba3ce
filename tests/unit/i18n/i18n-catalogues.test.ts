import {describe, expect, it} from 'vitest';
import {formatCount, formatDate, formatList, formatRange} from '../../../src/i18n/format.js';
import {languageOf} from '../../../src/i18n/languages.js';
import {countryName} from '../../../src/i18n/names.js';
import {alpha2Of, regionNamer} from '../../../src/i18n/regions.js';
import {strings as ru, teaching as ruTeaching} from '../../../src/i18n/ru.js';
import {en} from '../../../src/i18n/strings.js';
import {teaching} from '../../../src/i18n/teaching.js';
import {strings as ur, teaching as urTeaching} from '../../../src/i18n/ur.js';
import world from '../../../data/world.json' with {type: 'json'};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the ur and ru catalogues', () => {
  it.each([
    ['ur', ur],
    ['ru', ru],
  ] as const)('%s has every key of en, none empty, none left in English, with the same placeholders', (_lang, t) => {
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(t[key].trim(), key).not.toBe('');
      expect(placeholders(t[key]), key).toEqual(placeholders(en[key]));
      // The same words as English only where they are not words: formats, arrows, placeholders.
      if (t[key] === en[key]) expect(en[key], key).toMatch(/^[{}\w\s–→·|()×:-]*$/u);
    }
  });

  it.each([
    ['ur', ur, urTeaching],
    ['ru', ru, ruTeaching],
  ] as const)('teaching(%s) gives its own export and handout words, with the same placeholders', (_lang, t, words) => {
    const ours = teaching(t);
    expect(ours).toBe(words);
    const english = teaching(en);
    for (const key of Object.keys(english) as (keyof typeof english)[]) expect(placeholders(ours[key]), key).toEqual(placeholders(english[key]));
  });

  it('ur reads right to left, ru and en left to right', () => {
    expect([en.dir, ur.dir, ru.dir]).toEqual(['ltr', 'rtl', 'ltr']);
    expect(ur.lang).toBe('ur');
  });
});

describe('languageOf', () => {
  it('languageOf(tag) reads the primary subtag, whatever its case and region', () => {
    expect(['ur', 'ur-PK', 'RU', 'ru_RU', 'en-GB', ' en '].map(languageOf)).toEqual(['ur', 'ur', 'ru', 'ru', 'en', 'en']);
  });
  it('languageOf(tag) is undefined for a language the map does not speak', () => expect(['de', 'urd', '', 'english'].map(languageOf)).toEqual([undefined, undefined, undefined, undefined]));
});

describe('formats in Urdu and Russian', () => {
  it('formatDate(date, ru) puts the month in the genitive after a day, and alone in the nominative', () => {
    expect(formatDate('2021-04-06', ru)).toBe('6 апреля 2021 г.');
    expect(formatDate('2001-10', ru)).toMatch(/^октябрь 2001/);
    expect(formatDate('2006', ru)).toBe('2006');
  });
  it('formatDate(date, ur) writes Urdu month names', () => {
    expect(formatDate('2021-04-06', ur)).toContain('اپریل');
    expect(formatRange('2021-04-06', '2021-04-07', ur)).toMatch(/^6–7 اپریل/);
  });
  it('formatCount(n, ru) chooses among Russian’s three plural forms', () => {
    expect([1, 3, 5, 21, 22, 11].map((n) => formatCount(n, ru))).toEqual(['1 страна', '3 страны', '5 стран', '21 страна', '22 страны', '11 стран']);
  });
  it('formatCount(n, ur) and formatCount(n) keep one form for one and another for the rest', () => {
    expect([formatCount(1, ur), formatCount(4, ur)]).toEqual(['1 ملک', '4 ممالک']);
    expect([formatCount(1), formatCount(4)]).toEqual(['1 country', '4 countries']);
  });
  it('formatList(items, ur) separates with the Arabic comma and joins with اور', () => expect(formatList(['a', 'b', 'c'], ur)).toBe('a، b اور c'));
});

describe('country names', () => {
  const countries = (world as {countries: {id: string | null; name: string}[]}).countries;

  it('alpha2Of(id) knows every country of the map that has an ISO id', () => {
    const missing = countries.filter((c) => c.id !== null && !alpha2Of(c.id));
    expect(missing).toEqual([]);
    expect(alpha2Of('586')).toBe('PK');
  });

  it('countryName(country, t) names every country of the map in Urdu and Russian, with the press’s own overrides', () => {
    expect(countryName({id: '586', name: 'Pakistan'}, ru)).toBe('Пакистан');
    expect(countryName({id: '840', name: 'United States of America'}, ru)).toBe('США');
    expect(countryName({id: '840', name: 'United States of America'}, ur)).toBe('امریکہ');
    expect(countryName({id: null, name: 'Kosovo'}, ur)).toBe('کوسووو');
    expect(countryName({id: '586', name: 'Pakistan'}, en)).toBe('Pakistan');
    for (const t of [ur, ru]) {
      const english = countries.filter((c) => countryName(c, t) === c.name);
      expect(english.map((c) => c.name), t.lang).toEqual([]);
    }
  });

  it('regionNamer(lang, overrides) gives nothing where neither Intl nor the overrides know the place', () => {
    const name = regionNamer('ru', {});
    expect(name(null, 'Nowhere')).toBeUndefined();
    expect(name('999', 'Nowhere')).toBeUndefined();
  });
});
