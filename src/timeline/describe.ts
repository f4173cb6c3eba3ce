import {formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {startOf} from '../model/dates.js';
import type {Alignment, Bloc, CountryId, Membership, Quote, Source, Story} from '../model/types.js';
import {eventOf, membershipsAt, overlapsAt, quotesAbout} from './state.js';

/** What a country's popup says on a day, as plain data. */
export interface CountryDetails {
  /** The primary bloc (the first of `blocs`), its reason and source. */
  bloc: Bloc | undefined;
  reason?: string;
  source?: Source;
  /** Every bloc the country holds on the day, the primary first. */
  blocs: BlocDetails[];
  memberships: MembershipDetails[];
  /** Its memberships that span two or more sides on the day (see `overlapsAt`); empty when there are none. */
  overlap: MembershipDetails[];
  /** Quotes spoken on or before the day, and those the story dates later. */
  quotes: QuoteDetails[];
  later: QuoteDetails[];
}

/** A bloc a country holds, and why. */
export interface BlocDetails {
  bloc: Bloc;
  reason: string;
  source: Source;
}

/** A membership as a popup lists it: "SCO member, since 9 June 2017". */
export interface MembershipDetails {
  organisation: string;
  role: string;
  since: string;
  note?: string;
  /** The organisation's side, when it has one. */
  side?: string;
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

/** A country's blocs and why, its memberships, where they span sides, and every quote about it. */
export function countryDetails(story: Story, day: string, country: CountryId, alignments: readonly Alignment[], t: Strings): CountryDetails {
  const organisations = new Map(story.organisations.map((o) => [o.id, o]));
  const describe = (m: Membership): MembershipDetails => ({
    organisation: organisations.get(m.organisation)?.short ?? m.organisation,
    role: m.role,
    since: fill(t.since, {date: formatDate(m.from, t)}),
    note: m.note,
    side: organisations.get(m.organisation)?.side,
  });
  const blocs = new Map(story.blocs.map((b) => [b.id, b]));
  const held = alignments.flatMap((a) => {
    const bloc = blocs.get(a.bloc);
    return bloc ? [{bloc, reason: a.reason, source: a.source}] : [];
  });
  return {
    bloc: held[0]?.bloc,
    reason: held[0]?.reason,
    source: held[0]?.source,
    blocs: held,
    memberships: membershipsAt(story, day, country).map(describe),
    overlap: (overlapsAt(story, day).get(country) ?? []).map(describe),
    ...byDay(quotesAbout(story, country).map((q) => quoteDetails(story, q, t)), day),
  };
}

/** Splits quotes into those spoken by `day` and those the story dates later, so 2001 does not quote 2021. */
function byDay(quotes: QuoteDetails[], day: string): {quotes: QuoteDetails[]; later: QuoteDetails[]} {
  return {quotes: quotes.filter((q) => !q.day || q.day <= day), later: quotes.filter((q) => q.day && q.day > day)};
}
