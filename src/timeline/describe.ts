import {formatDate} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {Alignment, Bloc, CountryId, Quote, Source, Story} from '../model/types.js';
import {eventOf, membershipsAt, quotesAbout} from './state.js';

/** What a country's popup says on a day, as plain data. */
export interface CountryDetails {
  bloc: Bloc | undefined;
  reason?: string;
  source?: Source;
  memberships: MembershipDetails[];
  quotes: QuoteDetails[];
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
  note?: string;
}

/** A quote, dated by its event. */
export function quoteDetails(story: Story, quote: Quote, t: Strings): QuoteDetails {
  const event = eventOf(story, quote);
  const {id, text, speaker, role, note} = quote;
  return {id, text, speaker, role, note, when: event ? formatDate(event.date, t) : undefined};
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
    quotes: quotesAbout(story, country).map((q) => quoteDetails(story, q, t)),
  };
}
