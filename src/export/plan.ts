import type {StoryEvent} from '../model/types.js';

/** Past this many events, a handout's maps leave out the background events: six A4 pages of maps at most. */
export const MOST_MAPS = 36;

/** Which events a handout draws a map for. */
export interface HandoutPlan {
  /** Indices into the story's events, in order. */
  shown: number[];
  /** How many background events were left out. */
  left: number;
}

/**
 * Every event gets a small map, unless there are more than `most`: then the background events (context
 * before the story's period) are left out, and the handout says so. The story's own events are never dropped.
 */
export function handoutPlan(events: readonly StoryEvent[], most = MOST_MAPS): HandoutPlan {
  const all = events.map((_, i) => i);
  if (events.length <= most) return {shown: all, left: 0};
  const shown = all.filter((i) => !events[i]?.background);
  return {shown, left: events.length - shown.length};
}

/** "A", "A and B", "A, B and C": the words around the last item come from the interface strings. */
export function listOf(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
