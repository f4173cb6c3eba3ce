import mini from '../fixtures/mini-story.json';
import world from '../../data/world.json';
import {countryIds, type World} from '../../src/geo/world.js';
import type {Story} from '../../src/model/types.js';
import {validateStory} from '../../src/model/validate.js';

/** The ids of the shipped map, as the element validates against them. */
export const countries = countryIds(world as unknown as World);

/** A deep copy of the small fixture story, to mutate in a test. */
export function miniRaw(): Record<string, unknown> & {events: Record<string, unknown>[]} {
  return structuredClone(mini) as never;
}

/** The small fixture story, validated. */
export function miniStory(): Story {
  const result = validateStory(miniRaw(), {countries});
  if (!result.story) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.story;
}
