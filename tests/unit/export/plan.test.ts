import {describe, expect, it} from 'vitest';
import {handoutPlan, listOf} from '../../../src/export/plan.js';

const events = (n: number, background: number[] = []) =>
  Array.from({length: n}, (_, i) => ({id: `e${i}`, date: '2001', title: '', summary: '', countries: [], sources: [], background: background.includes(i)}));

describe('handoutPlan', () => {
  it('handoutPlan(events) keeps every event when there are few', () => expect(handoutPlan(events(31, [0, 1]))).toEqual({shown: [...Array(31).keys()], left: 0}));
  it('handoutPlan(events, most) leaves out the background events past the limit, and counts them', () => {
    const plan = handoutPlan(events(6, [0, 1]), 5);
    expect(plan).toEqual({shown: [2, 3, 4, 5], left: 2});
  });
  it('handoutPlan never drops the story’s own events', () => expect(handoutPlan(events(10), 5).shown).toHaveLength(10));
});

describe('listOf', () => {
  it('listOf(items, "and") joins with commas and the last word', () => {
    expect(listOf([], 'and')).toBe('');
    expect(listOf(['A'], 'and')).toBe('A');
    expect(listOf(['A', 'B'], 'and')).toBe('A and B');
    expect(listOf(['A', 'B', 'C'], 'and')).toBe('A, B and C');
  });
});
