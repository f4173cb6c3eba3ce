import type {StoryEvent} from '../model/types.js';

/** A rectangle `[[x0, y0], [x1, y1]]` in the map's units, as d3 writes extents. */
export type Extent = [[number, number], [number, number]];

/** A zoom transform, d3-zoom's shape without d3: a point p of the map is drawn at p × k + [x, y]. */
export interface Transform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A point of the map that matters to a story, and how much. */
export interface WeightedPoint {
  x: number;
  y: number;
  weight: number;
}

/**
 * How far a reader may zoom in. The shipped outlines are rounded to whole units and simplified, and show it
 * beyond this; 16 still brings the Gulf across a phone.
 */
export const MAX_SCALE = 16;

/**
 * What an SVG whose viewBox is `width`×`height` shows in a box of `size` pixels with the default
 * `preserveAspectRatio` (meet, centred): the viewBox, grown along one axis to the box's aspect.
 */
export function visibleExtent(width: number, height: number, size: {width: number; height: number}): Extent {
  if (!(size.width > 0 && size.height > 0)) return [[0, 0], [width, height]];
  const aspect = size.width / size.height;
  if (aspect < width / height) {
    const h = width / aspect;
    return [[0, (height - h) / 2], [width, (height + h) / 2]];
  }
  const w = height * aspect;
  return [[(width - w) / 2, 0], [(width + w) / 2, height]];
}

/** The transform that shows `box` as large as fits in `view`, centred, with its scale kept within `scales`. */
export function fitTransform(box: Extent, view: Extent, scales: [number, number] = [1, MAX_SCALE]): Transform {
  const [[bx0, by0], [bx1, by1]] = box;
  const [[vx0, vy0], [vx1, vy1]] = view;
  const fit = Math.min((vx1 - vx0) / Math.max(bx1 - bx0, 1e-6), (vy1 - vy0) / Math.max(by1 - by0, 1e-6));
  const k = Math.min(scales[1], Math.max(scales[0], fit));
  return {k, x: (vx0 + vx1) / 2 - (k * (bx0 + bx1)) / 2, y: (vy0 + vy1) / 2 - (k * (by0 + by1)) / 2};
}

/** The countries a story's events involve, at their centres, each weighted by the number of events it is in. */
export function storyPoints(events: readonly StoryEvent[], centres: ReadonlyMap<string, [number, number]>): WeightedPoint[] {
  const weights = new Map<string, number>();
  for (const event of events) for (const id of event.countries) weights.set(id, (weights.get(id) ?? 0) + 1);
  return [...weights].flatMap(([id, weight]) => {
    const c = centres.get(id);
    return c ? [{x: c[0], y: c[1], weight}] : [];
  });
}

/** How `storyFrame` chooses and pads a story's region. */
export interface FrameOptions {
  /** Share of the story's weight the region must hold: what is left out is far-off and seldom named. */
  share?: number;
  /** Margin around the region's centres, as a fraction of its larger side. */
  pad?: number;
  /** Smallest width and height of a frame, so that a story about one country still shows its neighbours. */
  min?: number;
}

/**
 * The region a story is about. Around each of its countries, the smallest square that holds `share` of the
 * story's weight is found; the smallest of these squares wins, and the frame is the box of the centres it
 * holds, padded. A far-off country the story names now and then (the USA, in a story about Pakistan and
 * Russia) falls outside, and no hard-coded place is needed: a second story frames itself. Undefined for a
 * story that names no country of the map.
 */
export function storyFrame(points: readonly WeightedPoint[], bounds: Extent, options: FrameOptions = {}): Extent | undefined {
  const {share = 2 / 3, pad = 0.3, min = 240} = options;
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  let best: {radius: number; held: WeightedPoint[]} | undefined;
  for (const centre of points) {
    const near = points
      .map((p) => ({p, d: Math.max(Math.abs(p.x - centre.x), Math.abs(p.y - centre.y))}))
      .sort((a, b) => a.d - b.d);
    let weight = 0;
    const held: WeightedPoint[] = [];
    for (const {p, d} of near) {
      held.push(p);
      weight += p.weight;
      if (weight < share * total) continue;
      if (!best || d < best.radius) best = {radius: d, held};
      break;
    }
  }
  if (!best) return undefined;
  const xs = best.held.map((p) => p.x);
  const ys = best.held.map((p) => p.y);
  const box: Extent = [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
  const margin = pad * Math.max(box[1][0] - box[0][0], box[1][1] - box[0][1]);
  const [[x0, y0], [x1, y1]] = grow(box, margin, min);
  const [[bx0, by0], [bx1, by1]] = bounds;
  return [[Math.max(x0, bx0), Math.max(y0, by0)], [Math.min(x1, bx1), Math.min(y1, by1)]];
}

/** An extent grown by `margin` on each side and to at least `min` on each axis, about its centre. */
function grow([[x0, y0], [x1, y1]]: Extent, margin: number, min: number): Extent {
  const w = Math.max(x1 - x0 + 2 * margin, min) / 2;
  const h = Math.max(y1 - y0 + 2 * margin, min) / 2;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return [[cx - w, cy - h], [cx + w, cy + h]];
}
