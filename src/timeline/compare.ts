import {fill, type Strings} from '../i18n/strings.js';
import type {Alignment, CountryId, Story} from '../model/types.js';
import {alignmentsAt, membershipsAt} from './state.js';

/** Where a country stands on a day: the groups that hold it, and its role in each organisation. */
export interface Standing {
  blocs: readonly string[];
  /** Organisation id → role ("member", "observer"…). */
  roles: ReadonlyMap<string, string>;
}

/** A country's standing on a day. The diff asks only this, so it does not care how a story stores alignments. */
export type StandingOn = (country: CountryId, day: string) => Standing;

/** A role that began, ended or changed; `before` or `after` is absent when there was none. */
export interface RoleChange {
  organisation: string;
  before?: string;
  after?: string;
}

/** What changed for one country between two days. */
export interface Change {
  country: CountryId;
  /** Present when its groups differ. */
  blocs?: {before: readonly string[]; after: readonly string[]};
  roles: RoleChange[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The countries whose groups or roles differ between `from` and `to`, in the order given. */
export function changesBetween(countries: Iterable<CountryId>, from: string, to: string, standingOn: StandingOn): Change[] {
  const changes: Change[] = [];
  for (const country of countries) {
    const [before, after] = [standingOn(country, from), standingOn(country, to)];
    const organisations = new Set([...before.roles.keys(), ...after.roles.keys()]);
    const roles = [...organisations]
      .map((organisation) => ({organisation, before: before.roles.get(organisation), after: after.roles.get(organisation)}))
      .filter((r) => r.before !== r.after);
    const blocs = sameSet(before.blocs, after.blocs) ? undefined : {before: before.blocs, after: after.blocs};
    if (blocs || roles.length) changes.push({country, ...(blocs && {blocs}), roles});
  }
  return changes;
}

/** Every country a story says anything about: the only ones that can change. */
export function countriesIn(story: Story): CountryId[] {
  return [...new Set([...story.alignments, ...story.memberships].map((x) => x.country))];
}

/** A story's standings, one day's alignments computed once however many countries ask. */
export function standingIn(story: Story): StandingOn {
  const days = new Map<string, Map<CountryId, Alignment[]>>();
  return (country, day) => {
    const alignments = days.get(day) ?? alignmentsAt(story, day);
    days.set(day, alignments);
    const held = alignments.get(country) ?? [];
    const roles = new Map<string, string>();
    for (const m of membershipsAt(story, day, country)) roles.set(m.organisation, roles.has(m.organisation) ? `${roles.get(m.organisation)}, ${m.role}` : m.role);
    return {blocs: held.map((a) => a.bloc), roles};
  };
}

/** How a change is told: "Aided US operations → Russia–Pakistan rapprochement; became SCO member". */
export function describeChange(change: Change, story: Story, t: Strings): string {
  const bloc = (ids: readonly string[]) => (ids.length ? ids.map((id) => story.blocs.find((b) => b.id === id)?.label ?? id).join(' + ') : t.noBlocShort);
  const organisation = (id: string) => story.organisations.find((o) => o.id === id)?.short ?? id;
  const parts = change.blocs ? [fill(t.changedTo, {from: bloc(change.blocs.before), to: bloc(change.blocs.after)})] : [];
  for (const {organisation: id, before, after} of change.roles) {
    const org = organisation(id);
    if (before && after) parts.push(fill(t.roleChanged, {org, from: before, to: after}));
    else parts.push(fill(after ? t.roleBegan : t.roleEnded, {org, role: after ?? before ?? ''}));
  }
  return parts.join('; ');
}
