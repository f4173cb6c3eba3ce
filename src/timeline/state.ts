import {startOf, within} from '../model/dates.js';
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

/** Each country's bloc on `day`. Where intervals overlap (a validation warning), the later one wins. */
export function alignmentsAt(story: Story, day: string): Map<CountryId, Alignment> {
  const found = new Map<CountryId, Alignment>();
  for (const alignment of story.alignments) {
    if (!within(day, alignment.from, alignment.to)) continue;
    const held = found.get(alignment.country);
    if (!held || startOf(held.from) <= startOf(alignment.from)) found.set(alignment.country, alignment);
  }
  return found;
}

/** A country's alignment among a day's; a territory takes its sovereign state's (Greenland, Denmark's). */
export function alignmentOf(alignments: ReadonlyMap<CountryId, Alignment>, country: {id: string | null; sovereign?: string}): Alignment | undefined {
  if (country.id === null) return undefined;
  return alignments.get(country.id) ?? (country.sovereign ? alignments.get(country.sovereign) : undefined);
}

/** A bloc and how many countries it holds on a day, for the legend. */
export interface LegendEntry {
  bloc: Bloc;
  count: number;
}

/** The blocs that hold at least one country, in the story's order. */
export function legendOf(story: Story, alignments: ReadonlyMap<CountryId, Alignment>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const alignment of alignments.values()) counts.set(alignment.bloc, (counts.get(alignment.bloc) ?? 0) + 1);
  return story.blocs.filter((bloc) => counts.has(bloc.id)).map((bloc) => ({bloc, count: counts.get(bloc.id) ?? 0}));
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
