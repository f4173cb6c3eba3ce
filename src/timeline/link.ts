import type {Ignored, Link} from '../model/hash.js';
import type {Story} from '../model/types.js';
import {pinsAt, stepAt} from './state.js';

/** What a link opens: a day, and at most one popup (a country's or a pin's) with a quote in view. */
export interface View {
  date?: string;
  country?: string;
  /** A pin's place id. */
  place?: string;
  quote?: string;
}

/**
 * The nearest view to a link that the story can show, and what of the link it had to drop. A day before the
 * story's first event, an unknown country or an unknown quote is dropped; a quote opens the popup it is shown in: the named country's, when the quote
 * concerns it; otherwise its pin's, once spoken by the day shown (`opening` when the link names none);
 * otherwise its first country's.
 */
export function resolveLink(link: Link, story: Story, isCountry: (id: string) => boolean, opening: string): {view: View; ignored: Ignored[]} {
  const ignored: Ignored[] = [];
  const view: View = {};
  if (link.date !== undefined) {
    if (stepAt(story.events, link.date) >= 0) view.date = link.date;
    else ignored.push({key: 'date', value: link.date, reason: 'unknown'});
  }
  if (link.country !== undefined) {
    if (isCountry(link.country)) view.country = link.country;
    else ignored.push({key: 'country', value: link.country, reason: 'unknown'});
  }
  if (link.quote === undefined) return {view, ignored};
  const quote = story.quotes.find((q) => q.id === link.quote);
  const pin = pinsAt(story, view.date ?? opening).find((p) => p.quotes.some((q) => q.id === link.quote));
  const country = quote?.countries.find((id) => id === view.country) ?? (view.country === undefined ? quote?.countries[0] : undefined);
  if (!quote || (view.country !== undefined && country === undefined) || (!pin && country === undefined)) {
    ignored.push({key: 'quote', value: link.quote, reason: 'unknown'});
    return {view, ignored};
  }
  if (view.country === undefined && pin) view.place = pin.place.id;
  else view.country = country;
  view.quote = quote.id;
  return {view, ignored};
}

/** The link for a view: a pin's popup is carried by its quote (the one in view, or its first). */
export function linkOf(view: View, story: Story | null, day: string): Link {
  const pinQuote = view.place && story ? pinsAt(story, day).find((p) => p.place.id === view.place)?.quotes[0]?.id : undefined;
  return {date: view.date, country: view.place ? undefined : view.country, quote: view.quote ?? pinQuote};
}
