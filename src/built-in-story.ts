import core from 'virtual:built-in-story';
import {type CoreStory, joinDetails, type StoryDetails} from './model/details.js';
import type {Story} from './model/types.js';

/**
 * The built-in story, as the first view needs it: without the words only popups show, which
 * `loadBuiltInDetails` fetches from a chunk beside the embed. It is validated when the embed is built (the
 * build fails on any error or warning: see vite.config.ts) and by the tests, so a reader's browser does not
 * validate it again: that would cost 15 ms on a cold page, 60 ms on a slow phone.
 */
export const builtInCore = core as CoreStory;

/** The built-in story without its details (they read as empty until they arrive). */
export function builtInStory(): Story {
  return joinDetails(builtInCore);
}

/** The built-in story's translations (`Story['translations']`), for a map in another language than English. */
export async function loadBuiltInTranslations(): Promise<NonNullable<Story['translations']>> {
  return (await import('virtual:built-in-story-translations')).default as NonNullable<Story['translations']>;
}

/** The built-in story's details, for `addDetails`. */
export async function loadBuiltInDetails(): Promise<StoryDetails> {
  return (await import('virtual:built-in-story-details')).default as StoryDetails;
}
