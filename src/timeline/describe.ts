import {formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {startOf} from '../model/dates.js';
import type {Alignment, Bloc, CountryId, Quote, Source, Story} from '../model/types.js';
import {eventOf, membershipsAt, quotesAbout} from './state.js';

/** What a country's popup says on a day, as plain data. */
export interface CountryDetails {
  bloc: Bloc | undefined;
  reason?: string;
  source?: Source;
  memberships: MembershipDetails[];
  /** Quotes spoken on or before the day, and those the story dates later. */
  quotes: QuoteDetails[];
  later: QuoteDetails[];
}

/** A membership as a popup lists it: "SCO member, since 9 June 2017". */
export interface MembershipDetails {
  organisation: string;
  role: string;
  since: string;
  note?: string;
}

export interface QuoteDetails {
  id: string;
  text: string;
  speaker: string;
  role: string;
  when?: string;
  /** The first day of the quote's event, to tell quotes already spoken from later ones. */
  day?: string;
  note?: string;
}

/** A quote, dated by its event. */
export function quoteDetails(story: Story, quote: Quote, t: Strings): QuoteDetails {
  const event = eventOf(story, quote);
  const {id, text, speaker, role, note} = quote;
  return {id, text, speaker, role, note, when: event ? formatRange(event.date, event.end, t) : undefined, day: event && startOf(event.date)};
}

/** A country's bloc and why, its memberships, and every quote about it. */
export function countryDetails(
  story: Story,
  day: string,
  country: CountryId,
  alignment: Alignment | undefined,
  t: Strings,
): CountryDetails {
  const organisations = new Map(story.organisations.map((o) => [o.id, o]));
  const memberships = membershipsAt(story, day, country).map((m) => ({
    organisation: organisations.get(m.organisation)?.short ?? m.organisation,
    role: m.role,
    since: fill(t.since, {date: formatDate(m.from, t)}),
    note: m.note,
  }));
  return {
    bloc: alignment && story.blocs.find((b) => b.id === alignment.bloc),
    reason: alignment?.reason,
    source: alignment?.source,
    memberships,
    ...byDay(quotesAbout(story, country).map((q) => quoteDetails(story, q, t)), day),
  };
}

/** Splits quotes into those spoken by `day` and those the story dates later, so 2001 does not quote 2021. */
function byDay(quotes: QuoteDetails[], day: string): {quotes: QuoteDetails[]; later: QuoteDetails[]} {
  return {quotes: quotes.filter((q) => !q.day || q.day <= day), later: quotes.filter((q) => q.day && q.day > day)};
}
