import {readVotes, type VoteTable} from './votes-data.js';

/**
 * Loads the UN votes table. The data is a dynamic import, so the build puts it in a chunk of its own that a
 * page fetches only when a reader first asks for the votes lens or the evidence table, never on first view.
 * Rejects with a readable message if the file is damaged.
 */
export async function loadVotes(): Promise<VoteTable> {
  const {default: raw} = await import('../../data/unga/votes.json');
  const reading = readVotes(raw);
  if (!reading.ok) throw new Error(reading.error);
  return reading.table;
}
