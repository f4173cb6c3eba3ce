import type {Extent, Transform} from './zoom.js';

/** The part of the map a transform shows in `view`: the inverse of the transform applied to the view. */
export function shownExtent(t: Transform, view: Extent): Extent {
  const [[x0, y0], [x1, y1]] = view;
  return [[(x0 - t.x) / t.k, (y0 - t.y) / t.k], [(x1 - t.x) / t.k, (y1 - t.y) / t.k]];
}

/**
 * The smallest move that brings `point` inside what `t` shows, at least `margin` (a fraction of the view)
 * from its edges; `t` itself when it is already there. Keeps the keyboard's focus on screen.
 */
export function revealPoint(t: Transform, [px, py]: [number, number], view: Extent, margin = 0.1): Transform {
  const [[x0, y0], [x1, y1]] = view;
  const [sx, sy] = [px * t.k + t.x, py * t.k + t.y];
  const [mx, my] = [(x1 - x0) * margin, (y1 - y0) * margin];
  const dx = sx < x0 + mx ? x0 + mx - sx : sx > x1 - mx ? x1 - mx - sx : 0;
  const dy = sy < y0 + my ? y0 + my - sy : sy > y1 - my ? y1 - my - sy : 0;
  return dx === 0 && dy === 0 ? t : {k: t.k, x: t.x + dx, y: t.y + dy};
}
