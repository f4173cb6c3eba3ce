import {describe, expect, it} from 'vitest';
import {embedQuery, optionSpecs, parseEmbedQuery, type OptionSpec} from '../../../src/embed/query.js';

/** The element's declarations, as Lit keeps them in `elementProperties`. */
const declared = new Map<PropertyKey, object>([
  ['src', {}],
  ['date', {reflect: true}],
  ['selected', {reflect: true}],
  ['timeout', {type: Number}],
  ['noHeader', {type: Boolean, reflect: true, attribute: 'no-header'}],
  ['notices', {attribute: false}],
  ['_open', {state: true, attribute: false}],
  ['palette', {type: Array}],
]);
const specs = optionSpecs(declared);
const PAGE = 'https://news.example/maps/embed.html';
const parse = (search: string) => parseEmbedQuery(search, specs, PAGE);

describe('optionSpecs(elementProperties)', () => {
  it('lists every declared property with an attribute and a plain type, and nothing else', () => {
    expect(specs).toEqual<OptionSpec[]>([
      {attribute: 'src', type: 'text'},
      {attribute: 'date', type: 'text'},
      {attribute: 'selected', type: 'text'},
      {attribute: 'timeout', type: 'number'},
      {attribute: 'no-header', type: 'boolean'},
    ]);
  });
});

describe('parseEmbedQuery(search, specs, page)', () => {
  it('maps keys to attributes, with `country` for `selected` and a bare boolean key', () => {
    const q = parse('?date=2001-10-11&country=586&no-header&timeout=5000');
    expect([...q.attributes]).toEqual([
      ['date', '2001-10-11'],
      ['selected', '586'],
      ['no-header', ''],
      ['timeout', '5000'],
    ]);
    expect(q.ignored).toEqual([]);
  });

  it('passes a value the element judges itself (a date, a country) through, so the element says what it shows instead', () => {
    expect([...parse('date=2021-13-45&selected=999').attributes]).toEqual([
      ['date', '2021-13-45'],
      ['selected', '999'],
    ]);
  });

  it('ignores unknown keys, state, property-only and structured properties, each with its reason', () => {
    const q = parse('bogus=1&_open=true&notices=x&palette=a,b&date=2001');
    expect([...q.attributes]).toEqual([['date', '2001']]);
    expect(q.ignored.map((i) => [i.key, i.why])).toEqual([
      ['bogus', 'unknown'],
      ['_open', 'unknown'],
      ['notices', 'unknown'],
      ['palette', 'unknown'],
    ]);
  });

  it('ignores malformed numbers and booleans; false and 0 leave a boolean unset', () => {
    const q = parse('timeout=abc&no-header=maybe');
    expect(q.attributes.size).toBe(0);
    expect(q.ignored.map((i) => [i.key, i.value, i.why])).toEqual([
      ['timeout', 'abc', 'number'],
      ['no-header', 'maybe', 'boolean'],
    ]);
    expect(parse('no-header=false').attributes.size).toBe(0);
    expect(parse('no-header=0').ignored).toEqual([]);
    expect([...parse('No-Header=TRUE').attributes]).toEqual([['no-header', '']]);
  });

  it('accepts a story only on the page’s own site, relative or absolute', () => {
    expect(parse('src=story.json').attributes.get('src')).toBe('story.json');
    expect(parse('src=https://news.example/s.json').attributes.get('src')).toBe('https://news.example/s.json');
    for (const src of ['https://evil.example/s.json', 'javascript:alert(1)', 'data:application/json,{}', '//evil.example/s.json', 'http://news.example/s.json'])
      expect(parse(`src=${encodeURIComponent(src)}`).ignored.map((i) => i.why), src).toEqual(['src']);
  });

  it('keeps the first of a repeated option, counting `country` and `selected` as one', () => {
    const q = parse('date=2001&date=2021&country=586&selected=356');
    expect([...q.attributes]).toEqual([
      ['date', '2001'],
      ['selected', '586'],
    ]);
    expect(q.ignored.map((i) => [i.key, i.why])).toEqual([
      ['date', 'twice'],
      ['selected', 'twice'],
    ]);
  });

  it('reads a language tag, canonical, and refuses one that is not', () => {
    expect(parse('lang=UR-pk').lang).toBe('ur-PK');
    const bad = parse('lang=not a tag');
    expect([bad.lang, bad.ignored.map((i) => i.why)]).toEqual([undefined, ['lang']]);
  });

  it('takes the pym.js parent’s childId and passes over its other parameters silently', () => {
    const q = parse('date=2001&initialWidth=640&childId=map+one&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F');
    expect(q.childId).toBe('map one');
    expect([...q.attributes]).toEqual([['date', '2001']]);
    expect(q.ignored).toEqual([]);
  });

  it('refuses an overlong value', () => {
    expect(parse(`date=${'1'.repeat(3000)}`).ignored.map((i) => i.why)).toEqual(['long']);
  });

  it('reads an empty or odd query without throwing', () => {
    for (const search of ['', '?', '&&', '=x', '%', '?date', '?%E0%A4%A=1']) expect(() => parse(search), search).not.toThrow();
  });
});

describe('embedQuery(attributes, specs)', () => {
  it('writes the attributes a query can carry, `selected` as `country`, and parses back to them', () => {
    const attributes = [
      ['date', '2021-04-06'],
      ['selected', '586'],
      ['no-header', ''],
      ['style', 'color: red'],
      ['id', 'map'],
    ] as const;
    const query = embedQuery(attributes, specs);
    expect(query).toBe('date=2021-04-06&country=586&no-header=');
    expect([...parse(query).attributes]).toEqual([
      ['date', '2021-04-06'],
      ['selected', '586'],
      ['no-header', ''],
    ]);
  });
});
