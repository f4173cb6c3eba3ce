import type {Claim, StoryEvent} from '../model/types.js';

/**
 * Play's schedule: which event comes next, and how long each stays on screen. Play steps from event to
 * event, never through the days between, and waits on each long enough to read its caption.
 */

/** A relaxed reading pace for a caption, about 200 words a minute. */
export const CHARACTERS_PER_SECOND = 17;
/** The least time on an event: a short caption still needs a look at the map. */
export const MIN_DWELL_MS = 4000;
/** The most: a long correction is better read paused. */
export const MAX_DWELL_MS = 20_000;

/** How long play stays on an event: the time to read its caption (title, summary and corrections), within bounds. */
export function dwellMs(event: StoryEvent, claims: readonly Claim[] = []): number {
  const text = [event.title, event.summary, ...claims.flatMap((c) => [c.text, c.correction])].join(' ');
  const reading = (text.length / CHARACTERS_PER_SECOND) * 1000;
  return Math.round(Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, reading)));
}

/**
 * The event play shows first when the reader presses it on step `index` of `count`: the next one, at once,
 * so that the press is seen to do something; from the last event (or before the first), the first.
 */
export function playStart(index: number, count: number): number {
  return index < 0 || index >= count - 1 ? 0 : index + 1;
}

/** The event after `index`; undefined at the last, where play stops. */
export function playNext(index: number, count: number): number | undefined {
  return index + 1 < count ? index + 1 : undefined;
}
