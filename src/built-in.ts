import worldData from '../data/world.json' with {type: 'json'};
import {countryIds, countryIndex, type World} from './geo/world.js';

/**
 * The map that ships inside the embed, decoded once per page and shared by every <alignment-map> on it.
 * The built-in story is in built-in-story.ts.
 */
export const world = worldData as unknown as World;

/** Countries by id. */
export const countries = countryIndex(world);

/** The ids a story may use. */
export const known = countryIds(world);

/** Where the keyboard walk measures from: each country's centre. */
export const centres = new Map([...countries].map(([id, country]) => [id, country.c]));
