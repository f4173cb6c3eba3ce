/** A direction of the arrow keys. Maps do not mirror in right-to-left languages, so these are physical. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, [number, number]> = {left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1]};

/**
 * The nearest point from `from` in a direction: candidates must lie within 60° of it, and straying off the axis
 * costs twice as much as going along it, so that "right of India" is Myanmar rather than Sri Lanka.
 */
export function neighbour(points: ReadonlyMap<string, [number, number]>, from: string, direction: Direction): string | undefined {
  const origin = points.get(from);
  if (!origin) return undefined;
  const [ax, ay] = AXES[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, [x, y]] of points) {
    const along = (x - origin[0]) * ax + (y - origin[1]) * ay;
    const across = Math.abs((x - origin[0]) * ay - (y - origin[1]) * ax);
    if (id === from || along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

/** The arrow keys, by `KeyboardEvent.key`. */
export const navigationKeys: Readonly<Record<string, Direction>> = {ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down'};
