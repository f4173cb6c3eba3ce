import {describe, expect, it} from 'vitest';
import aka from '../../../data/aka.json';
import raw from '../../../data/lavrov-pakistan-2021.json';
import world from '../../../data/world.json';
import {countryIndex, type World} from '../../../src/geo/world.js';

const map = world as unknown as World;
const index = countryIndex(map);
const others = aka.aka as Record<string, string[] | undefined>;
const akaOf = (country: {id: string | null}) => (country.id === null ? [] : (others[country.id] ?? []));

/**
 * Short forms that news style uses beside the full name, and that a story may use: "US forces", "the USA".
 * "America" is left out of the check because "South America" and "Latin America" are not the United States.
 */
const SHORT_FORMS = new Set(['US', 'USA', 'America']);

/** The story's own words: everything but verbatim excerpts of the article and the titles of cited sources. */
function ownText(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return /\.url$/.test(path) ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => ownText(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = `${path}.${key}`;
    const verbatim = /^\.(quotes|claims)\[\d+\]\.text$/.test(at) || key === 'source' || key === 'sources';
    return verbatim ? [] : ownText(item, at);
  });
}

/** A name as a whole word; "Macedonia" does not count inside "North Macedonia". */
function wordPattern(name: string, mapName: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inside = mapName.endsWith(` ${name}`) ? `(?<!${mapName.slice(0, -name.length - 1)} )` : '';
  return new RegExp(`${inside}(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'u');
}

describe('one name per country (data/world.json and the built-in story)', () => {
  it('writes out Natural Earth’s abbreviations in the map’s names', () => {
    const abbreviated = map.countries.map((c) => c.name).filter((name) => /(^|\s)(\p{Lu}|Is|I|Rep|Ter|Geo|St|Fr|Eq|Herz|Barb|Vin|Gren|Dem)\./u.test(name));
    expect(abbreviated).toEqual([]);
  });

  it('uses the names states use now', () => {
    const names = Object.fromEntries(['792', '203', '807', '748', '180', '178', '384', '070', '140', '214', '226', '090', '728', '840'].map((id) => [id, index.get(id)?.name]));
    expect(names).toEqual({
      '792': 'Türkiye',
      '203': 'Czechia',
      '807': 'North Macedonia',
      '748': 'Eswatini',
      '180': 'DR Congo',
      '178': 'Republic of the Congo',
      '384': "Côte d'Ivoire",
      '070': 'Bosnia and Herzegovina',
      '140': 'Central African Republic',
      '214': 'Dominican Republic',
      '226': 'Equatorial Guinea',
      '090': 'Solomon Islands',
      '728': 'South Sudan',
      '840': 'United States',
    });
    expect(map.countries.find((c) => c.id === null && c.name.includes('Cyprus'))?.name).toBe('Northern Cyprus');
  });

  it('keeps former names only as search aliases, never as a shown name', () => {
    const shown = new Set(map.countries.map((c) => c.name));
    for (const country of map.countries) for (const other of akaOf(country)) expect(shown.has(other), other).toBe(false);
    expect(others['792']).toContain('Turkey');
    for (const id of Object.keys(others)) expect(index.has(id), id).toBe(true);
  });

  it('the story’s own text names countries as the map does (quotes aside)', () => {
    const text = ownText(raw);
    expect(text.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const country of map.countries) {
      for (const other of akaOf(country)) {
        if (SHORT_FORMS.has(other)) continue;
        const pattern = wordPattern(other, country.name);
        for (const [path, value] of text) if (pattern.test(value)) found.push(`${path}: "${other}" (the map says "${country.name}")`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds "Turkey" in verbatim quotes only, if anywhere', () => {
    const outside = ownText(raw).filter(([, value]) => /\bTurkey\b/.test(value));
    expect(outside).toEqual([]);
  });
});
