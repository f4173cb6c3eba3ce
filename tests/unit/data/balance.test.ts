import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import {startOf, within} from '../../../src/model/dates.js';
import type {Bloc, BlocRule, CountryId, Story} from '../../../src/model/types.js';
import {validateStory} from '../../../src/model/validate.js';
import {alignmentsAt} from '../../../src/timeline/state.js';
import {countries, miniStory} from '../../helpers/story.js';

/**
 * The balance check: each bloc's `rule` says which countries it holds, and the same rule must apply to every
 * country that meets it. A country a cited source names, or whose recorded membership a rule counts, must not
 * silently lack the colour its peers get; a country may not have the colour unless the rule takes it in.
 */
function imbalances(story: Story, bloc: Bloc): string[] {
  const rule = bloc.rule;
  if (!rule) return [`${bloc.id} states no rule`];
  const problems: string[] = [];
  const mine = story.alignments.filter((a) => a.bloc === bloc.id);
  const holders = new Set(mine.map((a) => a.country));
  const excepted = new Map((rule.exceptions ?? []).map((e) => [e.country, e.reason]));
  const taken = takenIn(story, rule);
  const holdsOn = (country: CountryId, day: string, other: boolean) =>
    (alignmentsAt(story, day).get(country) ?? []).some((a) => (a.bloc === bloc.id) !== other);

  for (const [country, why] of taken) {
    if (excepted.has(country)) continue;
    if (why.day === undefined && !holders.has(country)) problems.push(`${country} is ${why.because} but never has the colour`);
    if (why.day !== undefined && !rule.fallback && !holdsOn(country, why.day, false))
      problems.push(`${country} is ${why.because} but lacks the colour on ${why.day}`);
    if (why.day !== undefined && rule.fallback) problems.push(...fallbackGaps(story, country, why.day, holdsOn));
  }
  for (const country of holders) {
    if (!taken.has(country)) problems.push(`${country} has the colour, but no clause of the rule takes it in`);
    else if (excepted.has(country)) problems.push(`${country} has the colour, but the rule excepts it: ${excepted.get(country)}`);
  }
  for (const country of excepted.keys()) if (!taken.has(country)) problems.push(`the exception for ${country} excepts a country no clause takes in`);
  for (const a of mine) {
    const citing = (rule.named ?? []).filter((n) => n.source.url === a.source.url);
    if (citing.length > 0 && !citing.some((n) => n.countries.includes(a.country)))
      problems.push(`${a.country} cites ${a.source.label}, which the rule does not record as naming it`);
  }
  return problems;
}

/** Every country a rule's clauses take in, with why; `day` is set for a membership clause, which holds on a day. */
function takenIn(story: Story, rule: BlocRule): Map<CountryId, {because: string; day?: string}> {
  const taken = new Map<CountryId, {because: string; day?: string}>();
  for (const named of rule.named ?? []) for (const c of named.countries) if (!taken.has(c)) taken.set(c, {because: `named by ${named.source.label}`});
  for (const clause of rule.members ?? []) {
    const day = startOf(clause.on);
    for (const m of story.memberships)
      if (m.organisation === clause.organisation && clause.roles.includes(m.role) && within(day, m.from, m.to))
        taken.set(m.country, {because: `a ${clause.organisation} ${m.role} on ${day}`, day});
  }
  return taken;
}

/** A background colour must fill every step from its day on when the country has no other colour, and only then. */
function fallbackGaps(story: Story, country: CountryId, from: string, holdsOn: (c: CountryId, day: string, other: boolean) => boolean): string[] {
  const days = [...new Set(story.events.map((e) => startOf(e.date)))].filter((day) => day >= from);
  return days.flatMap((day) => {
    const other = holdsOn(country, day, true);
    const own = holdsOn(country, day, false);
    if (!other && !own) return [`${country} has no colour on ${day}, where this background colour applies`];
    if (other && own) return [`${country} has this background colour on ${day} beside another`];
    return [];
  });
}

const result = validateStory(raw, {countries});
const story = result.story!;

describe('the balance of the built-in story', () => {
  it('validates, so that its rules can be read', () => expect(result.errors).toEqual([]));

  it('states a rule for every bloc, in its data and in words', () => {
    for (const bloc of story.blocs) {
      expect(bloc.rule, bloc.id).toBeDefined();
      expect(bloc.description.length, bloc.id).toBeGreaterThan(80);
    }
  });

  it.each(story.blocs.map((bloc) => [bloc.id, bloc]))('bloc %s applies its rule to every country alike', (_, bloc) =>
    expect(imbalances(story, bloc as Bloc)).toEqual([]),
  );

  it('dates every opinion, so that the map can say when it was stated', () => {
    for (const bloc of story.blocs.filter((b) => b.opinion)) expect(bloc.asOf, bloc.id).toBeDefined();
  });
});

describe('imbalances (the check itself)', () => {
  const base = miniStory();
  const withRule = (rule: BlocRule, s: Story = base): [Story, Bloc] => {
    const blocs = s.blocs.map((b) => (b.id === 'red' ? {...b, rule} : b));
    return [{...s, blocs}, blocs[0]!];
  };
  const source = base.alignments[1]!.source;

  it('imbalances passes a bloc whose named countries all have the colour', () => {
    const [s, bloc] = withRule({named: [{source, countries: ['586', '643']}]});
    expect(imbalances(s, bloc)).toEqual([]);
  });
  it('imbalances reports a country the cited source names that never has the colour', () => {
    const [s, bloc] = withRule({named: [{source, countries: ['586', '643', '762']}]});
    expect(imbalances(s, bloc)).toEqual(['762 is named by Source B but never has the colour']);
  });
  it('imbalances reports a country with the colour that the rule does not take in', () => {
    const [s, bloc] = withRule({named: [{source, countries: ['586']}]});
    expect(imbalances(s, bloc)).toEqual(['643 has the colour, but no clause of the rule takes it in', '643 cites Source B, which the rule does not record as naming it']);
  });
  it('imbalances reports a member lacking the colour on the rule’s day, unless excepted with a reason', () => {
    const [s, bloc] = withRule({members: [{organisation: 'club', roles: ['member', 'observer'], on: '2010'}]});
    expect(imbalances(s, bloc)).toEqual([
      '356 is a club observer on 2010-01-01 but lacks the colour on 2010-01-01',
      '586 has the colour, but no clause of the rule takes it in',
      '643 has the colour, but no clause of the rule takes it in',
    ]);
    const [t, excepted] = withRule({named: [{source, countries: ['586', '643']}], members: [{organisation: 'club', roles: ['observer'], on: '2010'}], exceptions: [{country: '356', reason: 'Elsewhere.'}]});
    expect(imbalances(t, excepted)).toEqual([]);
  });
  it('imbalances reports an exception that holds the colour, or excepts nobody the rule takes in', () => {
    const [s, bloc] = withRule({named: [{source, countries: ['586', '643']}], exceptions: [{country: '643', reason: 'Elsewhere.'}, {country: '156', reason: 'Nobody.'}]});
    expect(imbalances(s, bloc)).toEqual(['643 has the colour, but the rule excepts it: Elsewhere.', 'the exception for 156 excepts a country no clause takes in']);
  });
  it('imbalances holds a background colour to every step without another colour, and to no other', () => {
    const memberships = [{...base.memberships[0]!, from: '2001'}, {...base.memberships[0]!, country: '643', from: '2001'}];
    // The fixture's blue interval ends with `to: "2006"`, which covers all of 2006; end it on the first day instead.
    const alignments = base.alignments.map((a, i) => (i === 0 ? {...a, to: '2006-01-01'} : a));
    const [s, bloc] = withRule({members: [{organisation: 'club', roles: ['member'], on: '2001-09-11'}], fallback: true}, {...base, memberships, alignments});
    expect(imbalances(s, bloc)).toEqual(['643 has no colour on 2001-09-11, where this background colour applies']);
  });
});
