import {startOf} from '../model/dates.js';
import type {StoryEvent} from '../model/types.js';

/** A year label on the timeline track, at the step of that year's first event. */
export interface YearTick {
  index: number;
  year: string;
  /** How crowded a track may be and still show this label: the label survives at `gaps[level]` steps apart. */
  level: number;
}

const DEFAULT_GAPS = [2, 4, 7] as const;
const remembered = new WeakMap<readonly StoryEvent[], YearTick[]>();

/**
 * Year labels for a track whose steps are evenly spaced: one at each year's first event, at least `gaps[0]`
 * steps apart so that they never overlap. Each label has a level: the widest gap it keeps, so that a narrow
 * track can show only the higher levels (by CSS container query) with no measuring. Busy years win a
 * crowded spot: 2001, with five events, is labelled before 2000, with one.
 */
export function yearTicks(events: readonly StoryEvent[], gaps: readonly number[] = DEFAULT_GAPS): YearTick[] {
  const known = remembered.get(events);
  if (known && gaps === DEFAULT_GAPS) return known;
  const years = new Map<string, {index: number; count: number}>();
  events.forEach((event, index) => {
    const year = startOf(event.date).slice(0, 4);
    const seen = years.get(year);
    if (seen) seen.count += 1;
    else years.set(year, {index, count: 1});
  });
  const byWeight = [...years].sort(([, a], [, b]) => b.count - a.count || a.index - b.index);
  const chosen: YearTick[] = [];
  // Widest gap first, so that the labels of each level include those of every wider one.
  for (let level = gaps.length - 1; level >= 0; level--) {
    const gap = gaps[level]!;
    for (const [year, {index}] of byWeight)
      if (chosen.every((tick) => tick.index !== index && Math.abs(tick.index - index) >= gap)) chosen.push({index, year, level});
  }
  chosen.sort((a, b) => a.index - b.index);
  if (gaps === DEFAULT_GAPS) remembered.set(events, chosen);
  return chosen;
}

/** The step `delta` away from `index`, kept inside the timeline. */
export function stepBy(index: number, delta: number, count: number): number {
  return Math.min(count - 1, Math.max(0, index + delta));
}
