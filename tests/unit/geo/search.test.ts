import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import aka from '../../../data/aka.json';
import world from '../../../data/world.json';
import {findCountries, fold} from '../../../src/geo/search.js';
import type {World} from '../../../src/geo/world.js';

const others = aka.aka as Record<string, string[] | undefined>;
const all = (world as unknown as World).countries.flatMap((c) => (c.id === null ? [] : [{id: c.id, name: c.name, aka: others[c.id]}]));
const names = (query: string) => findCountries(all, query).map((f) => f.name);

describe('fold', () => {
  it('fold drops accents, case and punctuation', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold("Côte d'Ivoire")).toBe('cote d ivoire');
    expect(fold('  São Tomé  and Príncipe ')).toBe('sao tome and principe');
    expect(fold('Guinea-Bissau')).toBe('guinea bissau');
  });
});

describe('findCountries', () => {
  it('findCountries(all, "turk") and "türk" find Türkiye, and Turkmenistan', () => {
    expect(names('turk')).toEqual(expect.arrayContaining(['Türkiye', 'Turkmenistan']));
    expect(names('türk')).toEqual(names('turk'));
    expect(names('TURK')).toEqual(names('turk'));
  });
  it('findCountries matches from the start of any word, not inside one', () => {
    expect(names('korea')).toEqual(['North Korea', 'South Korea']);
    expect(names('orea')).toEqual([]);
    expect(names('ivoire')).toEqual(["Côte d'Ivoire"]);
    expect(names('cote d iv')).toEqual(["Côte d'Ivoire"]);
  });
  it('findCountries puts names that start with the query first', () => {
    expect(names('sud')).toEqual(['Sudan', 'South Sudan']);
    expect(names('guinea').slice(0, 2)).toEqual(['Guinea', 'Guinea-Bissau']);
  });
  it('findCountries finds a country by a former name, and says which', () => {
    expect(findCountries(all, 'turkey')).toEqual([{id: '792', name: 'Türkiye', via: 'Turkey'}]);
    expect(names('swazi')).toEqual(['Eswatini']);
    expect(names('usa')).toEqual(['United States']);
    expect(names('united')).toEqual(['United Arab Emirates', 'United Kingdom', 'United States']);
    expect(names('us')).toEqual(['United States', 'US Virgin Islands']);
  });
  it('findCountries lists every country, by name, for an empty query', () => {
    const every = names('');
    expect(every.length).toBe(all.length);
    expect(every[0]).toBe('Afghanistan');
  });
  it('findCountries never throws, and every match has the query at a word start', () =>
    fc.assert(
      fc.property(fc.string({maxLength: 8}), (query) => {
        const q = fold(query);
        for (const found of findCountries(all, query)) {
          const text = fold(found.via ?? found.name);
          expect(text.startsWith(q) || text.includes(` ${q}`)).toBe(true);
        }
      }),
    ));
});
