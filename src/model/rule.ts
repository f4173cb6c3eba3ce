import {type Checker, complete, countryList, date, type Fields, join, keysOf, known, list, object, reference, shown, source, stripUndefined, text} from './check.js';
import type {BlocRule, MemberClause, NamedBy, RuleException} from './types.js';

/** What a rule may refer to. */
export interface RuleRefs {
  countries: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** `"organisation role"` for every membership of the story, to catch a misspelt role. */
  roles: ReadonlySet<string>;
}

const MAX_CLAUSES = 1000;

/** Reads a bloc's `rule`, reporting every problem with its path; undefined when it is not an object. */
export function readRule(c: Checker, value: unknown, path: string, refs: RuleRefs): BlocRule | undefined {
  const f = object(c, value, path);
  if (!f) return undefined;
  known(c, f, path, keysOf<BlocRule>()(['named', 'members', 'fallback', 'exceptions']));
  const named = clauses(c, f, 'named', path, (g, at) => readNamed(c, g, at, refs));
  const members = clauses(c, f, 'members', path, (g, at) => readMembers(c, g, at, refs));
  const exceptions = clauses(c, f, 'exceptions', path, (g, at) => readException(c, g, at, refs));
  if (f['fallback'] !== undefined && typeof f['fallback'] !== 'boolean') c.error(join(path, 'fallback'), `expected true or false, got ${shown(f['fallback'])}`);
  if (named.length === 0 && members.length === 0) c.warn(path, 'the rule takes in no country: give it "named" sources or "members" clauses');
  return stripUndefined({
    named: named.length ? named : undefined,
    members: members.length ? members : undefined,
    fallback: f['fallback'] === true ? true : undefined,
    exceptions: exceptions.length ? exceptions : undefined,
  });
}

/** Every `"organisation role"` pair that the story's memberships hold, read from the raw file. */
export function rolesOf(memberships: readonly unknown[]): Set<string> {
  const pairs = new Set<string>();
  for (const m of memberships) {
    // Only text can name a role: a hostile object's toString must never run (or throw) here.
    const f = typeof m === 'object' && m !== null ? (m as Fields) : {};
    if (typeof f['organisation'] === 'string' && typeof f['role'] === 'string') pairs.add(`${f['organisation']} ${f['role']}`);
  }
  return pairs;
}

function clauses<T>(c: Checker, f: Fields, key: string, path: string, read: (g: Fields, at: string) => T | undefined): T[] {
  return list(c, f, key, path, MAX_CLAUSES, true).flatMap((item, i) => {
    const at = join(join(path, key), i);
    const g = object(c, item, at);
    const found = g && read(g, at);
    return found ? [found] : [];
  });
}

function readNamed(c: Checker, g: Fields, at: string, refs: RuleRefs): NamedBy | undefined {
  known(c, g, at, keysOf<NamedBy>()(['source', 'countries']));
  const named = {source: source(c, g['source'], join(at, 'source')), countries: countryList(c, g, at, refs.countries)};
  if (named.countries?.length === 0) c.warn(join(at, 'countries'), 'the source names no country');
  return complete(named) ? stripUndefined(named) : undefined;
}

function readMembers(c: Checker, g: Fields, at: string, refs: RuleRefs): MemberClause | undefined {
  known(c, g, at, keysOf<MemberClause>()(['organisation', 'roles', 'on']));
  const roles = list(c, g, 'roles', at, MAX_CLAUSES).map((role, i) => (typeof role === 'string' && role.trim() !== '' ? role : c.error(`${join(at, 'roles')}[${i}]`, `expected text, got ${shown(role)}`)));
  if (roles.length === 0 && Array.isArray(g['roles'])) c.error(join(at, 'roles'), 'name at least one role');
  const clause = {
    organisation: reference(c, g['organisation'], join(at, 'organisation'), refs.organisations, 'an organisation of this story'),
    roles: roles.length > 0 && roles.every((r) => typeof r === 'string') ? (roles as string[]) : undefined,
    on: date(c, g, 'on', at),
  };
  // A misspelt "membre" would otherwise take in no country, silently.
  clause.roles?.forEach((role, i) => {
    if (clause.organisation && !refs.roles.has(`${clause.organisation} ${role}`))
      c.warn(`${join(at, 'roles')}[${i}]`, `no membership of ${shown(clause.organisation)} has the role ${shown(role)}`);
  });
  return complete(clause) ? stripUndefined(clause) : undefined;
}

function readException(c: Checker, g: Fields, at: string, refs: RuleRefs): RuleException | undefined {
  known(c, g, at, keysOf<RuleException>()(['country', 'reason']));
  const exception = {country: reference(c, g['country'], join(at, 'country'), refs.countries, 'a country in the map'), reason: text(c, g, 'reason', at)};
  return complete(exception) ? stripUndefined(exception) : undefined;
}
