import type {World} from '../geo/world.js';
import type {Alignment, CountryId} from '../model/types.js';
import {alignmentOf} from '../timeline/state.js';

/**
 * Letters that name the groups on a printed map: each group's letter is written on its largest country, so a
 * grey print still says which shade is which. Pure: areas come from the map's own path strings.
 */

/** "A", "B", … "Z", "AA", "AB"…: the letter of the `index`-th group. */
export function letterOf(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/**
 * The area an SVG path encloses, in square viewBox units, summed over its rings (the shoelace formula). Reads
 * the commands the map's geometry uses: M, L, H, V, Z, absolute or relative.
 */
export function pathArea(d: string): number {
  let total = 0;
  let ring: [number, number][] = [];
  let [x, y] = [0, 0];
  let start: [number, number] = [0, 0];
  const close = () => {
    let sum = 0;
    ring.forEach(([ax, ay], i) => {
      const [bx, by] = ring[(i + 1) % ring.length]!;
      sum += ax * by - bx * ay;
    });
    total += Math.abs(sum) / 2;
    ring = [];
  };
  const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let command = 'M';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[a-z]/i.test(token)) {
      command = token;
      i += 1;
      if (command === 'Z' || command === 'z') {
        close();
        [x, y] = start;
      }
      continue;
    }
    const relative = command === command.toLowerCase();
    const a = Number(token);
    const upper = command.toUpperCase();
    if (upper === 'H') [x, i] = [relative ? x + a : a, i + 1];
    else if (upper === 'V') [y, i] = [relative ? y + a : a, i + 1];
    else {
      const b = Number(tokens[i + 1]);
      [x, y, i] = [relative ? x + a : a, relative ? y + b : b, i + 2];
    }
    if (upper === 'M') {
      if (ring.length) close();
      start = [x, y];
      // Further pairs after a moveto are line segments.
      command = relative ? 'l' : 'L';
    }
    ring.push([x, y]);
  }
  if (ring.length) close();
  return total;
}

const areas = new WeakMap<World, Map<string, number>>();

function areaOf(world: World, d: string): number {
  const known = areas.get(world) ?? new Map<string, number>();
  areas.set(world, known);
  let area = known.get(d);
  if (area === undefined) known.set(d, (area = pathArea(d)));
  return area;
}

/** Where a group's letter goes: the centre of its largest country, in the map's viewBox units. */
export interface GroupMark {
  bloc: string;
  letter: string;
  x: number;
  y: number;
}

/**
 * One mark per group in `order` (the legend's order, which gives the letters) that holds at least one
 * country on the map: at the centre of its largest country, a territory counting for the state it belongs to.
 */
export function groupMarks(world: World, alignments: ReadonlyMap<CountryId, readonly Alignment[]>, order: readonly string[]): GroupMark[] {
  const largest = new Map<string, {area: number; c: [number, number]}>();
  for (const country of world.countries) {
    // A country in two groups at once counts for both.
    const blocs = alignmentOf(alignments, country).map((a) => a.bloc);
    if (blocs.length === 0) continue;
    const area = areaOf(world, country.d);
    for (const bloc of blocs) if ((largest.get(bloc)?.area ?? -1) < area) largest.set(bloc, {area, c: country.c});
  }
  return order.flatMap((bloc, i) => {
    const found = largest.get(bloc);
    return found ? [{bloc, letter: letterOf(i), x: found.c[0], y: found.c[1]}] : [];
  });
}
