/**
 * The words for a state's UN votes, shared by the votes lens and the evidence table. Kept apart from the
 * colour scale so that the evidence table does not load d3.
 */
import type {CountryId} from '../model/types.js';
import {fill, type LensStrings, listOf} from './strings.js';
import {type Reference, REFERENCES, type YearVotes} from './votes-data.js';

/**
 * Below this gap (10 points) a state is called about as close to one side as to the other: the scores are
 * whole per cents, and a few votes a year move a state by several points.
 */
export const EVEN = 0.1;

/** Which side a state's votes lean to, in words. */
export function closeness(score: number, t: LensStrings): string {
  return score >= EVEN ? t.closerEast : score <= -EVEN ? t.closerUs : t.closeEven;
}

const NAMES: Record<Reference, keyof LensStrings> = {cn: 'refCn', ru: 'refRu', us: 'refUs'};

/** "China 89 %, Russia 82 % and the USA 27 %", leaving out the state itself when it is one of the three. */
export function agreements(votes: YearVotes, country: CountryId, t: LensStrings): string {
  const refs = (['cn', 'ru', 'us'] as const).filter((ref) => REFERENCES[ref] !== country);
  return listOf(
    refs.map((ref) => fill(t.agreementWith, {who: t[NAMES[ref]], share: fill(t.percent, {n: votes[ref]})})),
    t,
  );
}

