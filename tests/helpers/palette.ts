import {differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb, type Rgb} from 'culori';
import type {Story} from '../../src/model/types.js';
import {alignmentsAt, dayOf} from '../../src/timeline/state.js';

/**
 * The smallest colour difference (CIEDE2000) that two fills shown together must keep, as seen with normal
 * vision and under each simulated dichromacy.
 *
 * Why 10: a difference of 1–2 is only just noticeable, and only between two large patches that touch. On a
 * map the reader matches a country to a legend swatch across the screen, some areas are a few pixels wide
 * (Bahrain is a dot), and a dichromat's view is only simulated. 10 is about the step between neighbours on a
 * 9-step grey ramp from black to white: a difference seen at a glance rather than found by comparing.
 */
export const THRESHOLD = 10;

const difference = differenceCiede2000();

/** Normal vision and full (severity 1) protanopia, deuteranopia and tritanopia, as simulated by Machado et al. (2009). */
export const visions: Record<string, (colour: Rgb) => Rgb> = {
  normal: (colour) => colour,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

/** A fill on the map: a bloc's colour, with its hatch when it is an opinion, or the neutral of no bloc. */
export interface Fill {
  name: string;
  colour: string;
  hatched: boolean;
}

/** Two fills that a reader with some vision may not tell apart, on a day. */
export interface Conflict {
  day: string;
  a: string;
  b: string;
  vision: string;
  difference: number;
}

function parsed(colour: string): Rgb {
  const found = rgb(colour);
  if (!found) throw new Error(`not a colour: ${colour}`);
  return found;
}

const known = new Map<string, {vision: string; difference: number}>();

/** The smallest difference between two colours over every vision, and the vision that gives it. */
export function closest(a: string, b: string): {vision: string; difference: number} {
  const key = `${a} ${b}`;
  const found = known.get(key);
  if (found) return found;
  let worst = {vision: 'normal', difference: Infinity};
  for (const [vision, see] of Object.entries(visions)) {
    const d = difference(see(parsed(a)), see(parsed(b)));
    if (d < worst.difference) worst = {vision, difference: d};
  }
  known.set(key, worst);
  return worst;
}

/** Each event's day, with the fills on the map that day: every bloc that holds a country, and the neutral. */
export function fillsByDay(story: Story, neutral: string): {day: string; fills: Fill[]}[] {
  return story.events.map((event) => {
    const day = dayOf(event);
    const shown = new Set([...alignmentsAt(story, day).values()].flat().map((a) => a.bloc));
    const fills = story.blocs.filter((b) => shown.has(b.id)).map((b) => ({name: b.id, colour: b.colour, hatched: Boolean(b.opinion)}));
    return {day, fills: [...fills, {name: 'neutral', colour: neutral, hatched: false}]};
  });
}

/**
 * Pairs of fills shown together on some day that are closer than `threshold` under some vision and have no
 * second channel. A hatch against a solid fill is one; the neutral has none to give (a hatch's pale bands
 * bring a colour nearer to it), so every fill must differ from the neutral by colour alone.
 */
export function conflicts(story: Story, neutral: string, threshold = THRESHOLD): Conflict[] {
  const found: Conflict[] = [];
  for (const {day, fills} of fillsByDay(story, neutral))
    fills.forEach((a, i) =>
      fills.slice(i + 1).forEach((b) => {
        const patterned = a.hatched !== b.hatched && a.name !== 'neutral' && b.name !== 'neutral';
        const worst = closest(a.colour, b.colour);
        if (!patterned && worst.difference < threshold) found.push({day, a: a.name, b: b.name, ...worst});
      }),
    );
  return found;
}

/**
 * Countries whose bloc changes from one step to the next with nothing to see: the two fills are closer than
 * `threshold` under some vision and both solid or both hatched. (The Quad, a fact, turning into the Western
 * block, an opinion, in the same blue was such a change.)
 */
export function silentChanges(story: Story, threshold = THRESHOLD): string[] {
  const blocs = new Map(story.blocs.map((b) => [b.id, b]));
  const days = story.events.map(dayOf);
  const found: string[] = [];
  days.slice(1).forEach((day, i) => {
    const before = alignmentsAt(story, days[i]!);
    for (const [country, now] of alignmentsAt(story, day)) {
      const [a, b] = [blocs.get(before.get(country)?.[0]?.bloc ?? ''), blocs.get(now[0]?.bloc ?? '')];
      if (!a || !b || a === b || Boolean(a.opinion) !== Boolean(b.opinion)) continue;
      if (closest(a.colour, b.colour).difference < threshold) found.push(`${day} ${country}: ${a.id} → ${b.id}`);
    }
  });
  return found;
}
