import {geoEqualEarth} from 'd3-geo';
import {describe, expect, it} from 'vitest';
import world from '../../../data/world.json';
import {neighbour} from '../../../src/geo/navigate.js';
import {projectPoint} from '../../../src/geo/project.js';
import {countryIndex, type World} from '../../../src/geo/world.js';

const map = world as unknown as World;
const index = countryIndex(map);

describe('projectPoint', () => {
  it('projectPoint matches d3 geoEqualEarth with the build projection', () => {
    const {rotate, scale, translate} = map.projection;
    const d3 = geoEqualEarth().rotate([rotate, 0]).scale(scale).translate(translate);
    for (const point of [[73.0479, 33.6844], [-77.03, 38.9], [151.2, -33.9], [179.9, 65], [-170, -10]] as [number, number][]) {
      const [x, y] = projectPoint(map.projection, point);
      const [ex, ey] = d3(point)!;
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });
  it('projectPoint puts Islamabad inside Pakistan’s bounding box', () => {
    const [x, y] = projectPoint(map.projection, [73.0479, 33.6844]);
    const numbers = [...index.get('586')!.d.matchAll(/-?\d+/g)].map(Number);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(x).toBeLessThan(map.width);
    expect(numbers.length).toBeGreaterThan(10);
  });
});

describe('the shipped geometry (data/world.json)', () => {
  it('has every feature keyed by a unique three-digit id, or null', () => {
    const ids = map.countries.map((c) => c.id).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^\d{3}$/.test(id!))).toBe(true);
  });
  it('names each country once, after its main feature (Australia, not Ashmore and Cartier Is.)', () => {
    expect(index.get('036')?.name).toBe('Australia');
    expect(index.get('156')?.name).toBe('China');
    const names = map.countries.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('keeps the small states of the story and gives them dots', () => {
    for (const id of ['048', '702', '462', '470', '174']) expect(index.get(id)?.dot, id).toBe(true);
  });
  it('keeps areas without an id, by name, and drops Antarctica', () => {
    const unnamed = map.countries.filter((c) => c.id === null).map((c) => c.name);
    expect(unnamed).toEqual(expect.arrayContaining(['Kosovo', 'Northern Cyprus', 'Somaliland', 'Siachen Glacier']));
    expect(index.has('010')).toBe(false);
  });
  it('draws Hong Kong and Macao as part of China, and Greenland as a territory of Denmark', () => {
    expect(index.has('344')).toBe(false);
    expect(index.has('446')).toBe(false);
    expect(index.get('304')?.sovereign).toBe('208');
  });
  it('keeps every centre inside the viewBox', () => {
    for (const c of map.countries) {
      expect(c.c[0]).toBeGreaterThanOrEqual(0);
      expect(c.c[0]).toBeLessThanOrEqual(map.width);
      expect(c.c[1]).toBeGreaterThanOrEqual(0);
      expect(c.c[1]).toBeLessThanOrEqual(map.height);
    }
  });
});

describe('neighbour', () => {
  const centres = new Map([...index].map(([id, c]) => [id, c.c]));
  it('neighbour(Pakistan, left) is Iran or Afghanistan, and right is India or Nepal', () => {
    expect(['364', '004']).toContain(neighbour(centres, '586', 'left'));
    expect(['356', '524']).toContain(neighbour(centres, '586', 'right'));
  });
  it('neighbour(India, down) is Sri Lanka or the Maldives', () => expect(['144', '462']).toContain(neighbour(centres, '356', 'down')));
  it('neighbour is undefined past the edge of the map and for an unknown id', () => {
    const west = [...centres].reduce((a, b) => (b[1][0] < a[1][0] ? b : a))[0];
    expect(neighbour(centres, west, 'left')).toBeUndefined();
    expect(neighbour(centres, 'nope', 'left')).toBeUndefined();
  });
});
