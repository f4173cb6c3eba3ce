import {projectPoint} from './project.js';
import type {WorldProjection} from './world.js';
import type {Extent} from './zoom.js';

/** A rectangle of longitudes and latitudes, `[[west, south], [east, north]]`. */
export type LonLatBox = [[number, number], [number, number]];

/**
 * The extent a rectangle of longitudes and latitudes covers on the map. Equal Earth bends meridians, so the
 * rectangle's edges are sampled rather than its corners alone.
 */
export function projectBox([[west, south], [east, north]]: LonLatBox, projection: WorldProjection): Extent {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= 8; i++)
    for (let j = 0; j <= 8; j++) {
      if (i % 8 !== 0 && j % 8 !== 0) continue;
      const [x, y] = projectPoint(projection, [west + ((east - west) * i) / 8, south + ((north - south) * j) / 8]);
      xs.push(x);
      ys.push(y);
    }
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

/** A region a reader can jump to. `world` is the whole map; the others are rectangles of longitude and latitude. */
export type RegionId = 'world' | 'south-central-asia' | 'middle-east' | 'gulf' | 'asia-pacific' | 'europe';

/**
 * The regions offered as presets. The Gulf is framed tightly enough that, with the small states' dots kept at
 * their size on screen, Bahrain can be tapped on a phone.
 */
export const REGIONS: Readonly<Record<Exclude<RegionId, 'world'>, LonLatBox>> = {
  'south-central-asia': [[46, 5], [97, 55]],
  'middle-east': [[25, 12], [63, 42]],
  gulf: [[46.5, 23], [57, 30.5]],
  'asia-pacific': [[68, -47], [180, 50]],
  europe: [[-25, 34], [45, 71]],
};
