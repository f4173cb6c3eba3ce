import raw from '../../data/lavrov-pakistan-2021.json';
import natoSco from '../../data/nato-sco-1996-2024.json';
import votes from '../../data/unga/votes.json';
import world from '../../data/world.json';
import type {World} from '../../src/geo/world.js';
import {readVotes, type VoteTable} from '../../src/lens/votes-data.js';
import type {Story} from '../../src/model/types.js';
import {validateStory} from '../../src/model/validate.js';
import {countries} from './story.js';

/** The shipped map's countries, as the lenses receive them. */
export const places = (world as unknown as World).countries;

function validated(file: unknown): Story {
  const result = validateStory(file, {countries});
  if (!result.story) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.story;
}

/** The built-in story, validated. */
export function builtIn(): Story {
  return validated(raw);
}

/** The second shipped story, of memberships only, validated. */
export function natoAndSco(): Story {
  return validated(natoSco);
}

/** The shipped UN votes table. */
export function voteTable(): VoteTable {
  const reading = readVotes(votes);
  if (!reading.ok) throw new Error(reading.error);
  return reading.table;
}
