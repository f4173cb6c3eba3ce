import {startOf} from '../model/dates.js';
import type {StoryEvent} from '../model/types.js';

/** A New Year's Day on the time axis. */
export interface AxisYear {
  year: number;
  /** Its place on the axis, 0 at the earliest event and 1 at the latest. */
  at: number;
  /** Whether it carries a label: every year gets a tick, a few round ones a number. */
  labelled: boolean;
}

/** A thin axis of time under the slider, which itself steps by event. */
export interface TimeAxis {
  /** Each event's place in time, in the story's order: 0 at the earliest event's date and 1 at the latest's. */
  at: number[];
  years: AxisYear[];
}

const LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000] as const;
const remembered = new WeakMap<readonly StoryEvent[], TimeAxis>();
const DAY_MS = 86_400_000;

/** Days since 1970 of a `YYYY-MM-DD` day, for measuring spans without the host's time zone. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS;
}

/**
 * Where each event falls in time, for an axis drawn under a slider whose steps are evenly spaced by event:
 * 2001's five events sit close together on it, and the quiet years between 2005 and 2011 open out. Years are
 * labelled at the roundest step (1, 2, 5, 10…) that keeps `maxLabels` labels or fewer.
 */
export function timeAxis(events: readonly StoryEvent[], maxLabels = 6): TimeAxis {
  const known = remembered.get(events);
  if (known && maxLabels === 6) return known;
  const days = events.map((event) => dayNumber(startOf(event.date)));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const place = (day: number) => (span > 0 ? (day - first) / span : 0.5);
  const years: number[] = [];
  if (days.length) for (let y = new Date(first * DAY_MS).getUTCFullYear() + 1; dayNumber(`${y}-01-01`) <= first + span; y++) years.push(y);
  const step = LABEL_STEPS.find((s) => years.filter((y) => y % s === 0).length <= maxLabels) ?? LABEL_STEPS.at(-1)!;
  const axis = {at: days.map(place), years: years.map((year) => ({year, at: place(dayNumber(`${year}-01-01`)), labelled: year % step === 0}))};
  if (maxLabels === 6) remembered.set(events, axis);
  return axis;
}

/** The step `delta` away from `index`, kept inside the timeline. */
export function stepBy(index: number, delta: number, count: number): number {
  return Math.min(count - 1, Math.max(0, index + delta));
}
