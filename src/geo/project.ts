import {geoEqualEarthRaw} from 'd3-geo';
import type {WorldProjection} from './world.js';

const radians = Math.PI / 180;

/**
 * Projects [longitude, latitude] into the map's viewBox with the same Equal Earth projection the build used.
 * Only the raw projection is imported: the full d3 projection pipeline (clipping, resampling) is not needed
 * for points, and would triple the embed's share of d3-geo.
 */
export function projectPoint(projection: WorldProjection, [longitude, latitude]: [number, number]): [number, number] {
  const lambda = (((((longitude + projection.rotate) % 360) + 540) % 360) - 180) * radians;
  const [x, y] = geoEqualEarthRaw(lambda, latitude * radians);
  return [x * projection.scale + projection.translate[0], projection.translate[1] - y * projection.scale];
}
