import {describe, expect, it} from 'vitest';
import {booleanCell, dateCell, degreesCell, sourceCell, sourcesCell} from '../../../src/cli/cells.js';
import {CountryNames} from '../../../src/cli/countries.js';
import world from '../../../data/world.json';
import type {World} from '../../../src/geo/world.js';

describe('cells', () => {
  it('dateCell keeps a date at its own precision, and names the forms it expects', () => {
    expect(['2017-06-09', '2017-06', '2017'].map(dateCell)).toEqual([{value: '2017-06-09'}, {value: '2017-06'}, {value: '2017'}]);
    expect(dateCell('2017/06/09')).toEqual({error: '"2017/06/09" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)'});
    expect(dateCell('09/06/2017')).toHaveProperty('error');
    expect(dateCell('2017-02-30')).toHaveProperty('error');
  });

  it('booleanCell reads true, yes, false, no and nothing, whatever the case', () => {
    expect(['true', 'YES', 'Yes', 'false', 'No', ''].map((c) => booleanCell(c))).toEqual([true, true, true, false, false, false].map((value) => ({value})));
    expect(booleanCell('maybe')).toEqual({error: '"maybe" is not true or false (expected true, false, yes, no or an empty cell)'});
  });

  it('degreesCell wants a point, not a comma, and a longitude or latitude in range', () => {
    expect(degreesCell('73.0479', 180)).toEqual({value: 73.0479});
    expect(degreesCell('-33.5', 90)).toEqual({value: -33.5});
    expect(degreesCell('-90.5', 90)).toEqual({error: '-90.5 is out of range (expected -90 to 90 degrees)'});
    expect(degreesCell('73,05', 180)).toEqual({error: '"73,05" is not a number (expected decimal degrees with a point, such as 73.0479)'});
  });

  it('sourcesCell reads label|url pairs separated by ; or line breaks, and keeps a ; inside an address', () => {
    expect(sourcesCell('Dawn|https://a.example/x; Geo News | https://b.example/y\nIRNA|https://c.example/z;jsessionid=1')).toEqual({
      value: [
        {label: 'Dawn', url: 'https://a.example/x'},
        {label: 'Geo News', url: 'https://b.example/y'},
        {label: 'IRNA', url: 'https://c.example/z;jsessionid=1'},
      ],
    });
    expect(sourcesCell('')).toEqual({value: []});
    expect(sourcesCell('Dawn|https://a.example; Geo News')).toEqual({error: 'item 2: "Geo News" is not a source (expected label|url, such as Dawn|https://www.dawn.com/…)'});
    expect(sourcesCell('|https://a.example')).toEqual({error: '"|https://a.example" has no label before the |'});
  });

  it('sourceCell takes exactly one pair', () => {
    expect(sourceCell('Dawn|https://a.example')).toEqual({value: {label: 'Dawn', url: 'https://a.example'}});
    expect(sourceCell('Dawn|')).toEqual({error: '"Dawn|" has no address after the |'});
    expect(sourceCell('Dawn|https://a.example; Geo|https://b.example')).toEqual({error: '"Dawn|https://a.example; Geo|https://b.example" has more than one | (one source here: label|url)'});
  });
});

describe('CountryNames', () => {
  const names = new CountryNames((world as unknown as World).countries);

  it('resolve takes a code, a code that lost its leading zeros, or the map’s name in any case and accents', () => {
    expect(['586', '36', '4', 'Pakistan', 'pakistan', '  PAKISTAN ', "Cote d'Ivoire", 'United States'].map((c) => names.resolve(c))).toEqual(
      ['586', '036', '004', '586', '586', '586', '384', '840'].map((id) => ({id})),
    );
  });

  it('resolve takes the other names a spreadsheet may use: former names and short forms', () => {
    expect(['Turkey', 'USA', 'United States of America', 'Ivory Coast', 'Swaziland', 'UK'].map((c) => names.resolve(c))).toEqual(
      ['792', '840', '840', '384', '748', '826'].map((id) => ({id})),
    );
  });

  it('resolve says what it could not find, with the names that contain it', () => {
    expect(names.resolve('999')).toEqual({error: '"999" is not a country code in the map'});
    expect(names.resolve('Congo')).toEqual({error: '"Congo" is not a country in the map (did you mean "DR Congo" or "Republic of the Congo"?)'});
    expect(names.resolve('Pakistn')).toEqual({
      error: '"Pakistn" is not a country in the map (give its ISO 3166-1 numeric code, such as 586, or its name on the map, such as Pakistan: `alignment-map countries` lists them)',
    });
  });

  it('resolveList splits on ; and , and on spaces only where a name has none', () => {
    expect(names.resolveList('China; Russia, Iran\nPakistan')).toEqual({ids: ['156', '643', '364', '586'], errors: []});
    expect(names.resolveList('840 356 392 36')).toEqual({ids: ['840', '356', '392', '036'], errors: []});
    expect(names.resolveList('Saudi Arabia; Pakistan Russia')).toEqual({ids: ['682', '586', '643'], errors: []});
    expect(names.resolveList('Pakistan; Narnia; 586')).toEqual({ids: ['586'], errors: [expect.stringMatching(/^"Narnia" is not a country in the map/)]});
  });

  it('list gives code and name, sorted by name, optionally filtered', () => {
    expect(names.list('kingdom')).toEqual(['826  United Kingdom']);
    expect(names.list().length).toBeGreaterThan(230);
  });
});
