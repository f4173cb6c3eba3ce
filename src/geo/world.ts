/**
 * The map's geometry, as written by scripts/build-geometry.mjs: countries already projected to SVG paths
 * in a fixed viewBox, so the browser only parses strings. Types and lookups only.
 */

/** One feature of the map. */
export interface WorldCountry {
  /** ISO 3166-1 numeric id, or null for areas without one (Kosovo, N. Cyprus, Somaliland, Siachen Glacier…). */
  id: string | null;
  name: string;
  /** SVG path data in viewBox units. */
  d: string;
  /** Centre of the largest polygon, in viewBox units. */
  c: [number, number];
  /** Too small to see or hit at a news column's width: drawn with a dot as well. */
  dot?: true;
  /** For a territory: the id of the state it belongs to, whose colour it takes. */
  sovereign?: string;
}

/** The projection the geometry was drawn with, for placing pins. */
export interface WorldProjection {
  name: 'equalEarth';
  /** Longitude rotation in degrees. */
  rotate: number;
  scale: number;
  translate: [number, number];
}

export interface World {
  width: number;
  height: number;
  projection: WorldProjection;
  countries: WorldCountry[];
}

/** The ids a story may use: every feature that has one. */
export function countryIds(world: World): Set<string> {
  return new Set(world.countries.flatMap((c) => (c.id === null ? [] : [c.id])));
}

/** Countries by id. */
export function countryIndex(world: World): Map<string, WorldCountry> {
  return new Map(world.countries.flatMap((c) => (c.id === null ? [] : [[c.id, c] as const])));
}
