import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {membershipsLens} from '../../../src/lens/memberships.js';
import {lensEn} from '../../../src/lens/strings.js';
import type {LensResult} from '../../../src/lens/types.js';
import {votesLens} from '../../../src/lens/votes.js';
import type {Membership, Organisation, Story} from '../../../src/model/types.js';
import {builtIn, places, voteTable} from '../../helpers/lens.js';

const ids = [...new Set(places.flatMap((p) => (p.id === null ? [] : [p.id])))];
const known = new Set(ids);
const HEX = /^#[0-9a-f]{6}$/;
const story = builtIn();
const table = voteTable();

const date = fc.integer({min: 1940, max: 2040}).chain((y) =>
  fc.oneof(
    fc.constant(String(y)),
    fc.integer({min: 1, max: 12}).map((m) => `${y}-${String(m).padStart(2, '0')}`),
    fc.integer({min: 1, max: 28}).chain((d) => fc.integer({min: 1, max: 12}).map((m) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
  ),
);
const day = fc.date({min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10));

/** A story's organisations and memberships, made up: any number of each, any roles, any dates. */
const institutions = fc.array(fc.string({minLength: 1, maxLength: 8}), {minLength: 0, maxLength: 12}).chain((names) => {
  const organisations: Organisation[] = [...new Set(names)].map((id) => ({id, label: `The ${id}`, short: id}));
  const membership: fc.Arbitrary<Membership> = fc.record({
    country: fc.constantFrom(...ids),
    organisation: organisations.length ? fc.constantFrom(...organisations.map((o) => o.id)) : fc.constant('none'),
    role: fc.constantFrom('member', 'observer', 'dialogue partner', 'designated ally', 'partner', 'Ally <b>'),
    from: date,
    to: fc.option(date, {nil: undefined}),
    source: fc.constant({label: 'S', url: 'https://example.org'}),
  });
  return fc.record({organisations: fc.constant(organisations), memberships: organisations.length ? fc.array(membership, {maxLength: 200}) : fc.constant([])});
});

/** Everything wrong with a lens's result: marks for ids not in the map, colours that are not #rrggbb, blank labels. */
function problems(result: LensResult): string[] {
  const found: string[] = [];
  const bad = (colour: string | undefined) => colour !== undefined && !HEX.test(colour);
  for (const [id, mark] of result.byCountry) {
    if (!known.has(id)) found.push(`${id} is not a map id`);
    if (bad(mark.colour) || (mark.stripes ?? []).some(bad)) found.push(`${id}: ${mark.colour} ${mark.stripes}`);
    if (mark.label.trim() === '') found.push(`${id} has no label`);
  }
  if (result.byCountry.size !== known.size) found.push(`${result.byCountry.size} marks for ${known.size} countries`);
  for (const item of result.legend) if (bad(item.colour)) found.push(`legend ${item.id}: ${item.colour}`);
  return found;
}

describe('lenses on any input', () => {
  it('membershipsLens(any organisations and memberships, any day) marks only map ids, with #rrggbb colours', () => {
    fc.assert(
      fc.property(institutions, day, (made, on) => {
        expect(problems(membershipsLens({...story, ...made} as Story, on, places, lensEn))).toEqual([]);
      }),
      {numRuns: 100},
    );
  });

  it('votesLens(table, any day) marks only map ids, with #rrggbb colours', () => {
    fc.assert(fc.property(day, (on) => {
        expect(problems(votesLens(table, on, places, lensEn))).toEqual([]);
      }), {numRuns: 100});
  });
});
