import {describe, expect, it} from 'vitest';
import builtIn from '../../../data/lavrov-pakistan-2021.json';
import type {Claim, StoryEvent} from '../../../src/model/types.js';
import {CHARACTERS_PER_SECOND, dwellMs, MAX_DWELL_MS, MIN_DWELL_MS, playNext, playStart} from '../../../src/timeline/play.js';

const event = (title: string, summary: string) => ({id: 'e', date: '2001', title, summary, countries: [], sources: []}) as unknown as StoryEvent;

describe('dwellMs', () => {
  it('dwellMs gives a short caption the floor', () => expect(dwellMs(event('A', 'Short.'))).toBe(MIN_DWELL_MS));
  it('dwellMs grows with the caption’s length at a reading pace', () => {
    const summary = 'x'.repeat(170 - 2);
    expect(dwellMs(event('A', summary))).toBe(Math.round((170 / CHARACTERS_PER_SECOND) * 1000));
  });
  it('dwellMs counts the corrections shown under a caption', () => {
    const plain = event('Title', 'y'.repeat(150));
    const claim = {text: 'z'.repeat(100), correction: 'w'.repeat(100)} as unknown as Claim;
    expect(dwellMs(plain, [claim])).toBeGreaterThan(dwellMs(plain) + 10_000);
  });
  it('dwellMs stops at a ceiling', () => expect(dwellMs(event('A', 'x'.repeat(5000)))).toBe(MAX_DWELL_MS));
  it('dwellMs gives every built-in event between the floor and the ceiling', () => {
    for (const e of builtIn.events as unknown as StoryEvent[]) expect(dwellMs(e)).toBeGreaterThanOrEqual(MIN_DWELL_MS);
    const longest = Math.max(...(builtIn.events as unknown as StoryEvent[]).map((e) => dwellMs(e)));
    expect(longest).toBeGreaterThan(MIN_DWELL_MS * 2);
  });
});

describe('playStart and playNext', () => {
  it('playStart moves on at once from the step shown', () => expect(playStart(3, 10)).toBe(4));
  it('playStart starts over from the last step, and from before the first', () => {
    expect(playStart(9, 10)).toBe(0);
    expect(playStart(-1, 10)).toBe(0);
  });
  it('playNext steps by one event and stops at the last', () => {
    expect(playNext(0, 3)).toBe(1);
    expect(playNext(1, 3)).toBe(2);
    expect(playNext(2, 3)).toBeUndefined();
  });
});
