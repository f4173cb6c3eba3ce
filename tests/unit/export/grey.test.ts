import {describe, expect, it} from 'vitest';
import {alikeInGrey, lightness} from '../../../src/export/grey.js';

describe('lightness', () => {
  it('lightness(colour) is CIE L*: black 0, white 100, mid grey about 53.6', () => {
    expect(lightness('#000000')).toBeCloseTo(0, 5);
    expect(lightness('#ffffff')).toBeCloseTo(100, 3);
    expect(lightness('#808080')).toBeCloseTo(53.59, 1);
  });
  it('lightness of the Okabe–Ito vermillion and bluish green', () => {
    expect(lightness('#d55e00')).toBeCloseTo(54.2, 0);
    expect(lightness('#009e73')).toBeCloseTo(57.7, 0);
  });
  it('lightness reads a computed rgb() colour as its hex', () => {
    expect(lightness('rgb(213, 94, 0)')).toBeCloseTo(lightness('#d55e00')!, 6);
    expect(lightness('rgb(213 94 0)')).toBeCloseTo(lightness('#d55e00')!, 6);
  });
  it('lightness of a paint that is not an opaque colour is undefined', () => {
    expect(lightness('rgba(213, 94, 0, 0.5)')).toBeUndefined();
    expect(lightness('url(#hatch)')).toBeUndefined();
    expect(lightness('#abc')).toBeUndefined();
  });
});

describe('alikeInGrey', () => {
  const e = (id: string, colour: string) => ({id, colour});
  it('alikeInGrey(entries) groups the colours that print as nearly one grey, each pair within a set alike', () => {
    const runs = alikeInGrey([e('sco', '#a6761d'), e('usops', '#009e73'), e('quad', '#0072b2'), e('pale', '#e8c547')]);
    expect(runs.map((run) => run.map((x) => x.id))).toEqual([['quad', 'sco'], ['sco', 'usops']]);
  });
  it('alikeInGrey gives overlapping sets where greys step evenly (the story’s 2003 groups)', () => {
    const runs = alikeInGrey([e('sco', '#a6761d'), e('usops', '#009e73'), e('uneasy', '#cc79a7'), e('usindia', '#56b4e9')]);
    expect(runs.map((run) => run.map((x) => x.id))).toEqual([['sco', 'usops', 'uneasy'], ['uneasy', 'usindia']]);
  });
  it('alikeInGrey never joins two clearly different greys through a chain', () => {
    const runs = alikeInGrey([e('a', '#555555'), e('b', '#666666'), e('c', '#777777'), e('d', '#888888')]);
    for (const run of runs) {
      const ls = run.map((x) => lightness(x.colour)!);
      expect(Math.max(...ls) - Math.min(...ls)).toBeLessThan(10);
    }
  });
  it('alikeInGrey of distinct greys, or of patterns, is empty', () => {
    expect(alikeInGrey([e('a', '#000000'), e('b', '#ffffff')])).toEqual([]);
    expect(alikeInGrey([e('a', 'url(#x)'), e('b', 'url(#y)')])).toEqual([]);
  });
});
