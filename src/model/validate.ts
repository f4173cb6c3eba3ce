import {readUpdates} from './corrections.js';
import {Checker, complete, countryList, date, type Fields, ids, type Issue, join, keysOf, known, link, list, object, reference, shown, source, stripUndefined, text} from './check.js';
import {endOf, parseDate, startOf} from './dates.js';
import {checkKeyQuotes, TEACHING, teaching} from './teaching.js';
import {readRule, rolesOf} from './rule.js';
import {readLang, readTranslations} from './validate-translations.js';
import type {
  Alignment,
  ArticleSource,
  Bloc,
  Claim,
  Membership,
  Organisation,
  Place,
  Quote,
  Source,
  Story,
  StoryEvent,
} from './types.js';
import type {StoryFile} from './file.js';

/** The outcome of validating a story: the story when there are no errors, and every issue found. */
export interface Validation {
  story: Story | null;
  errors: Issue[];
  warnings: Issue[];
}

/** Limits that keep a mistaken or hostile file from freezing the page. */
export const LIMITS = {events: 5000, alignments: 50_000, memberships: 50_000, quotes: 5000, small: 1000} as const;

/** What the map knows that a story must agree with. */
export interface Context {
  /** Ids of the countries in the map. */
  countries: ReadonlySet<string>;
}

interface Refs {
  countries: ReadonlySet<string>;
  blocs: ReadonlySet<string>;
  events: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  places: ReadonlySet<string>;
  roles: ReadonlySet<string>;
}

/** Checks a parsed story file against the format and the map, reporting every problem with its path. */
export function validateStory(raw: unknown, context: Context): Validation {
  const c = new Checker();
  const o = object(c, raw, '');
  if (!o) return {story: null, errors: c.errors, warnings: c.warnings};
  known(c, o, '', keysOf<StoryFile>()(['$schema', 'version', 'title', 'intro', 'opening', 'source', 'blocs', 'events', 'alignments', 'organisations', 'memberships', 'places', 'quotes', 'claims', 'updated', 'corrections', 'lang', 'translations']));
  if (o['version'] !== 1) c.error('version', `expected 1, got ${shown(o['version'])}`);

  const lists = {
    blocs: list(c, o, 'blocs', '', LIMITS.small),
    events: list(c, o, 'events', '', LIMITS.events),
    organisations: list(c, o, 'organisations', '', LIMITS.small, true),
    memberships: list(c, o, 'memberships', '', LIMITS.memberships, true),
    places: list(c, o, 'places', '', LIMITS.small, true),
    quotes: list(c, o, 'quotes', '', LIMITS.quotes, true),
  };
  const refs: Refs = {
    countries: context.countries,
    blocs: ids(c, lists.blocs, 'blocs'),
    events: ids(c, lists.events, 'events'),
    organisations: ids(c, lists.organisations, 'organisations'),
    places: ids(c, lists.places, 'places'),
    roles: rolesOf(lists.memberships),
  };
  const each = <T>(key: string, items: unknown[], read: (c: Checker, f: Fields, path: string, refs: Refs) => T | null) =>
    items.flatMap((item, i) => {
      const f = object(c, item, join(key, i));
      const value = f && read(c, f, join(key, i), refs);
      return value ? [value] : [];
    });

  const article = readArticle(c, o['source']);
  const blocs = each('blocs', lists.blocs, readBloc);
  const events = sortEvents(c, each('events', lists.events, readEvent));
  const story = {
    version: 1 as const,
    title: text(c, o, 'title', '') ?? '',
    intro: text(c, o, 'intro', '', true) ?? '',
    opening: o['opening'] === undefined ? events.at(-1)?.id : reference(c, o['opening'], 'opening', refs.events, 'an event of this story'),
    source: article,
    blocs,
    events,
    alignments: each('alignments', list(c, o, 'alignments', '', LIMITS.alignments), readAlignment),
    organisations: each('organisations', lists.organisations, readOrganisation),
    memberships: each('memberships', lists.memberships, readMembership),
    places: each('places', lists.places, readPlace),
    quotes: each('quotes', unique(c, lists.quotes, 'quotes'), readQuote),
    claims: each('claims', unique(c, list(c, o, 'claims', '', LIMITS.quotes, true), 'claims'), readClaim),
    ...readUpdates(c, o, article?.date),
    ...languages(c, o, refs.events, lists.quotes),
  };
  if (story.events.length === 0 && c.errors.length === 0) c.error('events', 'the timeline needs at least one event');
  warnOverlaps(c, story.alignments, 'alignments', (a) => `${shown(a.country)} in bloc ${shown(a.bloc)}`);
  warnOverlaps(c, story.memberships, 'memberships', (m) => `${shown(m.country)} in ${shown(m.organisation)}`);
  checkKeyQuotes(c, lists.events, story.quotes);
  const ok = c.errors.length === 0 && story.source !== null;
  return {story: ok ? (story as Story) : null, errors: c.errors, warnings: c.warnings};
}

function readArticle(c: Checker, value: unknown): ArticleSource | null {
  const f = object(c, value, 'source');
  if (!f) return null;
  known(c, f, 'source', keysOf<ArticleSource>()(['title', 'outlet', 'author', 'place', 'url', 'date', 'dateNote']));
  const source = {
    title: text(c, f, 'title', 'source'),
    outlet: text(c, f, 'outlet', 'source'),
    author: text(c, f, 'author', 'source'),
    place: text(c, f, 'place', 'source'),
    url: link(c, f, 'url', 'source'),
    date: date(c, f, 'date', 'source'),
    dateNote: text(c, f, 'dateNote', 'source', true),
  };
  return complete(source, ['dateNote']) ? stripUndefined(source) : null;
}

function readBloc(c: Checker, f: Fields, path: string, refs: Refs): Bloc | null {
  known(c, f, path, keysOf<Bloc>()(['id', 'label', 'colour', 'description', 'opinion', 'asOf', 'rule']));
  const colour = f['colour'];
  if (typeof colour !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(colour)) c.error(join(path, 'colour'), `expected #rrggbb, got ${shown(colour)}`);
  const bloc = {
    id: text(c, f, 'id', path),
    label: text(c, f, 'label', path),
    colour: typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : undefined,
    description: text(c, f, 'description', path),
    opinion: text(c, f, 'opinion', path, true),
    asOf: date(c, f, 'asOf', path, true),
    rule: f['rule'] === undefined ? undefined : readRule(c, f['rule'], join(path, 'rule'), refs),
  };
  if (bloc.asOf && f['opinion'] === undefined) c.warn(join(path, 'asOf'), 'dates an opinion, but the bloc has no "opinion"');
  return complete(bloc, ['opinion', 'asOf', 'rule']) ? stripUndefined(bloc) : null;
}

function readEvent(c: Checker, f: Fields, path: string, refs: Refs): StoryEvent | null {
  known(c, f, path, keysOf<StoryEvent>()(['id', 'date', 'end', 'title', 'summary', 'countries', 'sources', 'background', 'notes', 'prompts', 'keyQuote']));
  const event = {
    id: text(c, f, 'id', path),
    date: date(c, f, 'date', path),
    end: date(c, f, 'end', path, true),
    title: text(c, f, 'title', path),
    summary: text(c, f, 'summary', path),
    countries: countries(c, f, path, refs),
    sources: sources(c, f, 'sources', path),
    background: f['background'] === true ? true : undefined,
    ...teaching(c, f, path),
  };
  if (f['background'] !== undefined && typeof f['background'] !== 'boolean') c.error(join(path, 'background'), `expected true or false, got ${shown(f['background'])}`);
  if (event.date && event.end && endsBefore(event.end, event.date)) c.warn(join(path, 'end'), `ends (${event.end}) before it starts (${event.date})`);
  if (event.sources?.length === 0) c.warn(join(path, 'sources'), 'the event cites no source');
  return complete(event, ['end', 'background', ...TEACHING]) ? stripUndefined(event) : null;
}

function readAlignment(c: Checker, f: Fields, path: string, refs: Refs): Alignment | null {
  known(c, f, path, keysOf<Alignment>()(['country', 'bloc', 'from', 'to', 'reason', 'source']));
  const alignment = {
    country: reference(c, f['country'], join(path, 'country'), refs.countries, 'a country in the map'),
    bloc: reference(c, f['bloc'], join(path, 'bloc'), refs.blocs, 'a bloc of this story'),
    ...interval(c, f, path),
    reason: text(c, f, 'reason', path),
    source: source(c, f['source'], join(path, 'source')),
  };
  return complete(alignment, ['to']) ? stripUndefined(alignment) : null;
}

function readOrganisation(c: Checker, f: Fields, path: string): Organisation | null {
  known(c, f, path, keysOf<Organisation>()(['id', 'label', 'short', 'side']));
  const organisation = {id: text(c, f, 'id', path), label: text(c, f, 'label', path), short: text(c, f, 'short', path), side: text(c, f, 'side', path, true)};
  return complete(organisation, ['side']) ? stripUndefined(organisation) : null;
}

function readMembership(c: Checker, f: Fields, path: string, refs: Refs): Membership | null {
  known(c, f, path, keysOf<Membership>()(['country', 'organisation', 'role', 'from', 'to', 'note', 'source']));
  const membership = {
    country: reference(c, f['country'], join(path, 'country'), refs.countries, 'a country in the map'),
    organisation: reference(c, f['organisation'], join(path, 'organisation'), refs.organisations, 'an organisation of this story'),
    role: text(c, f, 'role', path),
    ...interval(c, f, path),
    note: text(c, f, 'note', path, true),
    source: source(c, f['source'], join(path, 'source')),
  };
  return complete(membership, ['to', 'note']) ? stripUndefined(membership) : null;
}

function readPlace(c: Checker, f: Fields, path: string): Place | null {
  known(c, f, path, keysOf<Place>()(['id', 'name', 'coordinates']));
  const at = f['coordinates'];
  const valid =
    Array.isArray(at) && at.length === 2 && at.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(at[0]) <= 180 && Math.abs(at[1]) <= 90;
  if (!valid) c.error(join(path, 'coordinates'), `expected [longitude, latitude] in degrees, got ${shown(at)}`);
  const place = {id: text(c, f, 'id', path), name: text(c, f, 'name', path), coordinates: valid ? ([at[0], at[1]] as [number, number]) : undefined};
  return complete(place) ? stripUndefined(place) : null;
}

function readQuote(c: Checker, f: Fields, path: string, refs: Refs): Quote | null {
  known(c, f, path, keysOf<Quote>()(['id', 'text', 'speaker', 'role', 'countries', 'eventId', 'placeId', 'note']));
  const quote = {
    id: text(c, f, 'id', path),
    text: text(c, f, 'text', path),
    speaker: text(c, f, 'speaker', path),
    role: text(c, f, 'role', path),
    countries: countries(c, f, path, refs),
    eventId: f['eventId'] === undefined ? undefined : reference(c, f['eventId'], join(path, 'eventId'), refs.events, 'an event of this story'),
    placeId: f['placeId'] === undefined ? undefined : reference(c, f['placeId'], join(path, 'placeId'), refs.places, 'a place of this story'),
    note: text(c, f, 'note', path, true),
  };
  if (quote.countries?.length === 0) c.warn(join(path, 'countries'), 'the quote concerns no country, so no country will show it');
  const optional = ['eventId', 'placeId', 'note'].filter((key) => f[key] === undefined);
  return complete(quote, optional) ? stripUndefined(quote) : null;
}

function readClaim(c: Checker, f: Fields, path: string, refs: Refs): Claim | null {
  known(c, f, path, keysOf<Claim>()(['id', 'text', 'speaker', 'correction', 'eventId', 'sources']));
  const claim = {
    id: text(c, f, 'id', path),
    text: text(c, f, 'text', path),
    speaker: text(c, f, 'speaker', path, true),
    correction: text(c, f, 'correction', path),
    eventId: reference(c, f['eventId'], join(path, 'eventId'), refs.events, 'an event of this story'),
    sources: sources(c, f, 'sources', path),
  };
  return complete(claim, ['speaker']) ? stripUndefined(claim) : null;
}

function interval(c: Checker, f: Fields, path: string): {from?: string; to?: string} {
  const from = date(c, f, 'from', path);
  const to = date(c, f, 'to', path, true);
  if (from && to && endOf(to) <= startOf(from)) c.warn(join(path, 'to'), `the interval ends (${to}) before it starts (${from}), so it never applies`);
  return {from, to};
}

function countries(c: Checker, f: Fields, path: string, refs: Refs): string[] | undefined {
  return countryList(c, f, path, refs.countries);
}

/** True when an event's last day, `end`, comes before its first: a reduced `end` lasts to the end of its period. */
function endsBefore(end: string, start: string): boolean {
  return parseDate(end)?.precision === 'day' ? startOf(end) < startOf(start) : endOf(end) <= startOf(start);
}

function sources(c: Checker, f: Fields, key: string, path: string): Source[] | undefined {
  const items = list(c, f, key, path, LIMITS.small);
  const found = items.map((item, i) => source(c, item, join(join(path, key), i)));
  return found.every((s) => s !== undefined) ? (found as Source[]) : undefined;
}

/** The story's `lang` and `translations`, when it has them. */
function languages(c: Checker, o: Fields, events: ReadonlySet<string>, quotes: unknown[]): Pick<Story, 'lang' | 'translations'> {
  const quoteIds = new Set(quotes.flatMap((q) => (typeof q === 'object' && q !== null && typeof (q as Fields)['id'] === 'string' ? [(q as Fields)['id'] as string] : [])));
  const lang = readLang(c, o);
  const translations = readTranslations(c, o['translations'], {events, quotes: quoteIds});
  return {...(lang ? {lang} : {}), ...(translations ? {translations} : {})};
}

/** Events in date order, warning when the file had them otherwise: the timeline steps through them in order. */
function sortEvents(c: Checker, events: StoryEvent[]): StoryEvent[] {
  const sorted = [...events].sort((a, b) => (startOf(a.date) < startOf(b.date) ? -1 : startOf(a.date) > startOf(b.date) ? 1 : 0));
  const moved = sorted.findIndex((event, i) => event !== events[i]);
  if (moved >= 0) c.warn('events', `events are not in date order (first out of place: ${shown(events[moved]?.id)}); they are shown sorted`);
  return sorted;
}

/**
 * Warns when two intervals of one key overlap (one country in one bloc, or in one organisation): the file then
 * says the same thing twice, or two different things of one membership.
 */
function warnOverlaps<T extends {from: string; to?: string}>(c: Checker, items: T[], path: string, key: (item: T) => string): void {
  const byKey = new Map<string, {item: T; index: number}[]>();
  items.forEach((item, index) => byKey.set(key(item), [...(byKey.get(key(item)) ?? []), {item, index}]));
  for (const group of byKey.values()) {
    const sorted = group.sort((a, b) => startOf(a.item.from).localeCompare(startOf(b.item.from)) || a.index - b.index);
    sorted.slice(1).forEach((next, i) => {
      const previous = sorted[i]!;
      const end = previous.item.to === undefined ? undefined : endOf(previous.item.to);
      if (end === undefined || startOf(next.item.from) < end)
        c.warn(`${path}[${next.index}]`, `overlaps ${path}[${previous.index}]: ${key(next.item)} twice at once`);
    });
  }
}

/** Reports duplicate ids in a list that nothing refers to, and returns the list. */
function unique(c: Checker, items: unknown[], path: string): unknown[] {
  ids(c, items, path);
  return items;
}
