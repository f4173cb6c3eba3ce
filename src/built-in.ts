import storyData from '../data/lavrov-pakistan-2021.json' with {type: 'json'};
import worldData from '../data/world.json' with {type: 'json'};
import type {Story} from './model/types.js';
import type {Validation} from './model/validate.js';
import {countryIds, countryIndex, type World} from './geo/world.js';

/**
 * The data that ships inside the embed: the map's geometry and the built-in story. Decoded once per page and
 * shared by every <alignment-map> on it.
 */
export const world = worldData as unknown as World;

/** Countries by id. */
export const countries = countryIndex(world);

/** The ids a story may use. */
export const known = countryIds(world);

/** Where the keyboard walk measures from: each country's centre. */
export const centres = new Map([...countries].map(([id, country]) => [id, country.c]));

/**
 * The built-in story. It is validated when the embed is built (the build fails on any error or warning:
 * see vite.config.ts) and by the tests, so a reader's browser does not validate it again: that would cost
 * 15 ms on a cold page, 60 ms on a slow phone. A story from `src` is validated when it loads.
 */
export function builtInStory(): Validation {
  return {story: storyData as unknown as Story, errors: [], warnings: []};
}
