/**
 * Claim and evidence: for each grouping the story marks as someone's opinion (the official's "Eastern" and
 * "Western" blocks…), one row per country with what the data says of it on the day: the memberships the story
 * records, and its UN votes in the nearest year with data. Observations generated from the data, in neutral
 * words; which groups and countries come from the story, never from this code.
 */
import type {WorldCountry} from '../geo/world.js';
import {within} from '../model/dates.js';
import type {Bloc, CountryId, Story} from '../model/types.js';
import {heldAt, heldPhrase, indexMemberships} from './memberships.js';
import {fill, type LensStrings} from './strings.js';
import {agreements, closeness} from './votes-words.js';
import {isReference, voteScore, type VoteTable, votesOf, voteYearOf} from './votes-data.js';

/** A group the story calls an opinion, and the countries it puts in it on the day, in the story's order. */
export interface OpinionGroup {
  bloc: Bloc;
  countries: CountryId[];
}

/** One country's row. */
export interface EvidenceRow {
  country: CountryId;
  name: string;
  /** "SCO member and Quad member", or the words for none. */
  memberships: string;
  /** "votes closer to China and Russia than to the USA in 2019 (…)"; absent while the votes are not loaded. */
  votes?: string;
  /** The whole observation, for a table cell or a screen reader: "India: SCO member and Quad member; votes …". */
  text: string;
}

export interface EvidenceGroup {
  bloc: Bloc;
  rows: EvidenceRow[];
}

/**
 * The opinion groups on `day` and their countries, read from the story's alignments. A country is listed
 * under every opinion group an alignment puts it in on the day, so that concurrent alignments show too.
 */
export function opinionGroupsAt(story: Story, day: string): OpinionGroup[] {
  return story.blocs
    .filter((bloc) => bloc.opinion !== undefined)
    .map((bloc) => ({
      bloc,
      countries: [...new Set(story.alignments.filter((a) => a.bloc === bloc.id && within(day, a.from, a.to)).map((a) => a.country))],
    }))
    .filter((group) => group.countries.length > 0);
}

/** What the votes say of a state on the day, in words; undefined when no table is given. */
export function votesPhrase(table: VoteTable | null, day: string, country: CountryId, t: LensStrings): string | undefined {
  if (!table) return undefined;
  const {year} = voteYearOf(table, day);
  if (year === null) return fill(t.evidenceNoVoteData, {first: table.first});
  const votes = votesOf(table, country, year);
  if (!votes) return fill(t.evidenceNoVotes, {year});
  const shares = agreements(votes, country, t);
  if (isReference(country)) return fill(t.evidenceVotesReference, {year, agreements: shares});
  return fill(t.evidenceVotes, {closeness: closeness(voteScore(votes), t), year, agreements: shares});
}

/**
 * The claim-and-evidence table on `day`: a group per opinion bloc, a row per country. `votes` may be null
 * while the votes are loading; the rows then carry the memberships alone.
 */
export function evidenceAt(
  story: Story,
  day: string,
  places: readonly Pick<WorldCountry, 'id' | 'name'>[],
  votes: VoteTable | null,
  t: LensStrings,
): EvidenceGroup[] {
  const names = new Map(places.flatMap((p) => (p.id === null ? [] : [[p.id, p.name] as const])));
  const index = indexMemberships(story);
  return opinionGroupsAt(story, day).map(({bloc, countries}) => ({
    bloc,
    rows: countries.map((country) => {
      const name = names.get(country) ?? country;
      const memberships = heldPhrase(heldAt(index, day, country), t) || t.noMembership;
      const vote = votesPhrase(votes, day, country, t);
      const facts = vote === undefined ? memberships : fill(t.evidenceFacts, {memberships, votes: vote});
      return {country, name, memberships, ...(vote === undefined ? {} : {votes: vote}), text: fill(t.evidenceRow, {country: name, facts})};
    }),
  }));
}
