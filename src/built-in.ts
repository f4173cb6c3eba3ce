import storyData from '../data/lavrov-pakistan-2021.json';
import worldData from '../data/world.json';
import {validateStory, type Validation} from './model/validate.js';
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

let builtIn: Validation | undefined;

/** The built-in story, validated on first use like any other. */
export function builtInStory(): Validation {
  builtIn ??= validateStory(storyData, {countries: known});
  return builtIn;
}
