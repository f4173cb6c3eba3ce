import {after, startOf, within} from '../model/dates.js';
import type {Alignment, Bloc, Claim, CountryId, Membership, Place, Quote, Story, StoryEvent} from '../model/types.js';

/** Index of the latest event on or before `day` (`YYYY-MM-DD`), or -1 when the day precedes them all. */
export function stepAt(events: readonly StoryEvent[], day: string): number {
  let found = -1;
  events.forEach((event, i) => {
    if (startOf(event.date) <= day) found = i;
  });
  return found;
}

/** The day a step stands for: the first day of its event. */
export function dayOf(event: StoryEvent): string {
  return startOf(event.date);
}

/**
 * Every alignment that holds on `day`, by country: a country may hold several blocs at once. Each country's list
 * puts the most recent `from` first (on a tie, the one later in the file), so its first entry is the primary.
 */
export function alignmentsAt(story: Story, day: string): Map<CountryId, Alignment[]> {
  const found = new Map<CountryId, {alignment: Alignment; index: number}[]>();
  story.alignments.forEach((alignment, index) => {
    if (within(day, alignment.from, alignment.to)) found.set(alignment.country, [...(found.get(alignment.country) ?? []), {alignment, index}]);
  });
  const latestFirst = (a: {alignment: Alignment; index: number}, b: typeof a) =>
    startOf(b.alignment.from).localeCompare(startOf(a.alignment.from)) || b.index - a.index;
  return new Map([...found].map(([country, held]) => [country, held.sort(latestFirst).map((h) => h.alignment)]));
}

/** A country's alignments among a day's; a territory takes its sovereign state's (Greenland, Denmark's). */
export function alignmentOf(alignments: ReadonlyMap<CountryId, readonly Alignment[]>, country: {id: string | null; sovereign?: string}): Alignment[] {
  if (country.id === null) return [];
  const own = alignments.get(country.id);
  return [...(own ?? (country.sovereign ? alignments.get(country.sovereign) : undefined) ?? [])];
}

/** A bloc and how many countries it holds on a day, for the legend. */
export interface LegendEntry {
  bloc: Bloc;
  count: number;
}

/** The blocs that hold at least one country, in the story's order; a country counts in every bloc it holds. */
export function legendOf(story: Story, alignments: ReadonlyMap<CountryId, readonly Alignment[]>): LegendEntry[] {
  const members = new Map<string, Set<CountryId>>();
  for (const [country, held] of alignments) for (const a of held) members.set(a.bloc, (members.get(a.bloc) ?? new Set()).add(country));
  return story.blocs.filter((bloc) => members.has(bloc.id)).map((bloc) => ({bloc, count: members.get(bloc.id)?.size ?? 0}));
}

/**
 * The opinion blocs shown on `day` as they were stated on an earlier date: those with an `asOf` that colour at
 * least one country on `day`, when `day` comes after the whole `asOf` period. The element says so on screen.
 */
export function staleOpinions(story: Story, day: string): Bloc[] {
  const shown = new Set(story.alignments.filter((a) => within(day, a.from, a.to)).map((a) => a.bloc));
  return story.blocs.filter((bloc) => bloc.opinion !== undefined && bloc.asOf !== undefined && shown.has(bloc.id) && after(day, bloc.asOf));
}

/**
 * The countries whose memberships on `day` span two or more sides (organisations with a `side`), with those
 * memberships: India in the Quad and the SCO, Pakistan a US ally and an SCO member, and any other alike.
 */
export function overlapsAt(story: Story, day: string): Map<CountryId, Membership[]> {
  const sides = new Map(story.organisations.flatMap((o) => (o.side === undefined ? [] : [[o.id, o.side] as const])));
  const held = new Map<CountryId, Membership[]>();
  for (const m of story.memberships)
    if (sides.has(m.organisation) && within(day, m.from, m.to)) held.set(m.country, [...(held.get(m.country) ?? []), m]);
  return new Map([...held].filter(([, ms]) => new Set(ms.map((m) => sides.get(m.organisation))).size > 1));
}

/** A country's memberships on `day`. */
export function membershipsAt(story: Story, day: string, country: CountryId): Membership[] {
  return story.memberships.filter((m) => m.country === country && within(day, m.from, m.to));
}

/** Every quote that concerns a country, in the order of the story. */
export function quotesAbout(story: Story, country: CountryId): Quote[] {
  return story.quotes.filter((quote) => quote.countries.includes(country));
}

/** The article's claims that a step corrects. */
export function claimsOf(story: Story, eventId: string): Claim[] {
  return story.claims.filter((claim) => claim.eventId === eventId);
}

/** A pin: a place, and the quotes spoken there. */
export interface Pin {
  place: Place;
  quotes: Quote[];
}

/** The places whose words have been spoken by `day`: a quote tied to a later event has no pin yet. */
export function pinsAt(story: Story, day: string): Pin[] {
  const dayOfEvent = new Map(story.events.map((event) => [event.id, startOf(event.date)]));
  return story.places
    .map((place) => ({
      place,
      quotes: story.quotes.filter((q) => q.placeId === place.id && (q.eventId === undefined || (dayOfEvent.get(q.eventId) ?? '') <= day)),
    }))
    .filter((pin) => pin.quotes.length > 0);
}

/** The event a quote belongs to, for dating it in a popup. */
export function eventOf(story: Story, quote: Quote): StoryEvent | undefined {
  return quote.eventId === undefined ? undefined : story.events.find((event) => event.id === quote.eventId);
}
