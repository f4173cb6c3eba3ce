import {describe, expect, it} from 'vitest';
import world from '../../../data/world.json';
import type {World} from '../../../src/geo/world.js';
import {groupMarks, letterOf, pathArea} from '../../../src/export/marks.js';
import {alignmentsAt, legendOf} from '../../../src/timeline/state.js';
import {miniStory} from '../../helpers/story.js';

describe('pathArea', () => {
  it('pathArea of a 10×10 square, absolute or relative, is 100', () => {
    expect(pathArea('M0 0L10 0L10 10L0 10Z')).toBe(100);
    expect(pathArea('M0 0l10 0l0 10l-10 0z')).toBe(100);
    expect(pathArea('M0 0h10v10h-10z')).toBe(100);
  });
  it('pathArea sums rings, a relative moveto after z starting from the ring’s start', () => {
    expect(pathArea('M0 0l10 0l0 10l-10 0zm20 0l10 0l0 10l-10 0z')).toBe(200);
    expect(pathArea('M0 0l4 0l0 4z')).toBe(8);
  });
  it('pathArea of a degenerate ring (a dot) is 0', () => expect(pathArea('M1017 85zm-2 1zm5 1z')).toBe(0));
  it('pathArea ranks Russia above Pakistan on the shipped map', () => {
    const area = (id: string) => pathArea((world as unknown as World).countries.find((c) => c.id === id)!.d);
    expect(area('643')).toBeGreaterThan(area('586') * 10);
  });
});

describe('groupMarks', () => {
  it('letterOf(i) counts A…Z, then AA', () => expect([0, 1, 25, 26, 27].map(letterOf)).toEqual(['A', 'B', 'Z', 'AA', 'AB']));
  it('groupMarks puts each group’s letter at the centre of its largest country', () => {
    const story = miniStory();
    const alignments = alignmentsAt(story, '2017-06-09');
    const order = legendOf(story, alignments).map((e) => e.bloc.id);
    const marks = groupMarks(world as unknown as World, alignments, order);
    const russia = (world as unknown as World).countries.find((c) => c.id === '643')!;
    const usa = (world as unknown as World).countries.find((c) => c.id === '840')!;
    expect(marks).toEqual([
      {bloc: 'red', letter: 'A', x: russia.c[0], y: russia.c[1]},
      {bloc: 'blue', letter: 'B', x: usa.c[0], y: usa.c[1]},
    ]);
  });
});
