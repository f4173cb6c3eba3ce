/**
 * The memberships lens: the dated institutional facts a story records (SCO member, NATO member, US major
 * non-NATO ally…), for whatever organisations the story declares.
 *
 * Precedence, when a country holds several on a day: the higher tier first (an organisation's "member"
 * before its other roles), then the organisation the story lists first. The first fills the country; the
 * others are its stripes, so India (Quad and SCO), Pakistan (SCO and MNNA) and Türkiye (NATO and SCO dialogue
 * partner) all show both.
 */
import {within} from '../model/dates.js';
import type {CountryId, Membership, Organisation, Story} from '../model/types.js';
import {type LegendItem, type LensMark, type LensPlace, type LensResult, markAll} from './types.js';
import {fill, type LensStrings, listOf} from './strings.js';

/**
 * One colour ramp per organisation, in the story's order, and one step of it per tier: member, observer,
 * dialogue partner… Each ramp starts at an Okabe–Ito colour, which stay apart under the common colour-vision
 * deficiencies (black left out: its light steps look like the map's neutral grey), and mixes it toward white
 * by 0, 40, 62 and 76 % (d3-interpolate's interpolateRgb; tests/unit/lens/memberships.test.ts checks it).
 * Written out rather than mixed at run time, so that this lens adds no colour library to the first view.
 * A story with more organisations than ramps reuses them; the legend still names each institution.
 */
export const RAMPS = [
  ['#d55e00', '#e69e66', '#efc29e', '#f5d8c2'],
  ['#0072b2', '#66aad1', '#9ec9e2', '#c2dded'],
  ['#009e73', '#66c5ab', '#9edaca', '#c2e8dd'],
  ['#cc79a7', '#e0afca', '#ecccde', '#f3dfea'],
  ['#e69f00', '#f0c566', '#f6db9e', '#f9e8c2'],
  ['#56b4e9', '#9ad2f2', '#bfe3f7', '#d6edfa'],
  ['#f0e442', '#f6ef8e', '#f9f5b7', '#fbf9d2'],
] as const;

/** A role a country holds on a day, with its rank. */
export interface Held {
  membership: Membership;
  organisation: Organisation;
  /** Position of the organisation in the story. */
  order: number;
  /** The role's tier within its organisation: 0 for the top one. */
  tier: number;
  colour: string;
}

/**
 * Each organisation's roles, top tier first: "member" where the organisation has it, then the other roles in
 * the order the story first records them (the SCO's observers, then its dialogue partners).
 */
export function tiersOf(story: Story): Map<string, string[]> {
  const tiers = new Map<string, string[]>(story.organisations.map((o) => [o.id, []]));
  for (const m of story.memberships) {
    const roles = tiers.get(m.organisation);
    if (roles && !roles.includes(m.role)) roles.push(m.role);
  }
  for (const roles of tiers.values()) {
    const member = roles.indexOf('member');
    if (member > 0) roles.unshift(...roles.splice(member, 1));
  }
  return tiers;
}

/** The colour of an organisation's tier: its ramp, one step lighter for each tier down (the last step for the rest). */
export function tierColour(order: number, tier: number): string {
  const ramp = RAMPS[order % RAMPS.length] ?? RAMPS[0];
  return ramp[Math.min(tier, ramp.length - 1)] ?? ramp[0];
}

/** The token `data-value` carries for a role: "sco:dialogue-partner". */
export function roleToken(organisation: string, role: string): string {
  return `${organisation}:${role.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

/** A story's organisations and tiers, read once for a whole map rather than once per country. */
export interface MembershipIndex {
  organisations: Map<string, {organisation: Organisation; order: number}>;
  tiers: Map<string, string[]>;
  byCountry: Map<CountryId, Membership[]>;
}

/** Indexes a story's memberships by country. */
export function indexMemberships(story: Story): MembershipIndex {
  const byCountry = new Map<CountryId, Membership[]>();
  for (const m of story.memberships) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
  return {organisations: new Map(story.organisations.map((organisation, order) => [organisation.id, {organisation, order}])), tiers: tiersOf(story), byCountry};
}

/** What a country holds on `day`, in order of precedence, one role per organisation (its highest). */
export function heldAt(index: MembershipIndex, day: string, country: CountryId): Held[] {
  const best = new Map<string, Held>();
  for (const membership of index.byCountry.get(country) ?? []) {
    const found = index.organisations.get(membership.organisation);
    if (!found || !within(day, membership.from, membership.to)) continue;
    const tier = index.tiers.get(membership.organisation)?.indexOf(membership.role) ?? 0;
    const held = {membership, organisation: found.organisation, order: found.order, tier, colour: tierColour(found.order, tier)};
    const had = best.get(membership.organisation);
    if (!had || tier < had.tier) best.set(membership.organisation, held);
  }
  return [...best.values()].sort((a, b) => a.tier - b.tier || a.order - b.order);
}

/** "Quad member and SCO member", in order of precedence; empty when nothing is held. */
export function heldPhrase(held: readonly Held[], t: LensStrings): string {
  return listOf(
    held.map((h) => fill(t.roleOf, {organisation: h.organisation.short, role: h.membership.role})),
    t,
  );
}

function markOf(held: readonly Held[], t: LensStrings): LensMark | undefined {
  const [first, ...rest] = held;
  if (!first) return undefined;
  return {
    colour: first.colour,
    ...(rest.length ? {stripes: rest.map((h) => h.colour)} : {}),
    value: held.map((h) => roleToken(h.organisation.id, h.membership.role)).join(' '),
    label: heldPhrase(held, t),
  };
}

/** The legend: every tier of every organisation that some country holds on the day, by institution then tier. */
function legendOf(index: MembershipIndex, held: ReadonlyMap<CountryId, Held[]>, t: LensStrings): LegendItem[] {
  const counts = new Map<string, number>();
  for (const list of held.values()) for (const h of list) counts.set(`${h.organisation.id} ${h.tier}`, (counts.get(`${h.organisation.id} ${h.tier}`) ?? 0) + 1);
  return [...index.organisations.values()].flatMap(({organisation, order}) =>
    (index.tiers.get(organisation.id) ?? []).flatMap((role, tier) => {
      const count = counts.get(`${organisation.id} ${tier}`);
      if (count === undefined) return [];
      return [{id: roleToken(organisation.id, role), label: fill(t.roleOf, {organisation: organisation.short, role}), colour: tierColour(order, tier), group: organisation.label, count}];
    }),
  );
}

/**
 * The memberships lens on `day`: each country filled with its first role in order of precedence and striped
 * with the others; counts in the legend are of the countries that hold each role, territories not counted.
 */
export function membershipsLens(story: Story, day: string, places: readonly LensPlace[], t: LensStrings): LensResult {
  const index = indexMemberships(story);
  const held = new Map<CountryId, Held[]>();
  for (const country of index.byCountry.keys()) {
    const list = heldAt(index, day, country);
    if (list.length) held.set(country, list);
  }
  const marks = new Map([...held].flatMap(([country, list]) => {
    const mark = markOf(list, t);
    return mark ? [[country, mark] as const] : [];
  }));
  const striped = [...held.values()].some((list) => list.length > 1);
  return {
    byCountry: markAll(places, (id) => marks.get(id), {value: '', label: t.noMembership}),
    legend: legendOf(index, held, t),
    notes: striped ? [t.stripesNote] : [],
    sources: [],
  };
}
