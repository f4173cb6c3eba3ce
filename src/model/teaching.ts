// The validator's reading of an event's fields for teaching, and its check of key quotes.
import {type Checker, type Fields, join, list, shown, text} from './check.js';
import type {Quote} from './types.js';

/** An event's optional fields for teaching: speaker notes, discussion prompts and the slide's key quote. */
export const TEACHING = ['notes', 'prompts', 'keyQuote'] as const;
/** More prompts than this would not fit a slide, nor a lesson. */
const MAX_PROMPTS = 20;

export function teaching(c: Checker, f: Fields, path: string): {notes?: string; prompts?: string[]; keyQuote?: string} {
  const notes = text(c, f, 'notes', path, true);
  const items = list(c, f, 'prompts', path, MAX_PROMPTS, true);
  // Each prompt is read as a field of its own, so that an error points at it: events[3].prompts[1].
  const prompts = items.map((item, i) => text(c, {[`prompts[${i}]`]: item}, `prompts[${i}]`, path));
  return {
    notes,
    prompts: f['prompts'] === undefined || prompts.some((p) => p === undefined) ? undefined : (prompts as string[]),
    keyQuote: text(c, f, 'keyQuote', path, true),
  };
}

/** A key quote must be a quote of the story; one spoken at another event is legal but suspicious. */
export function checkKeyQuotes(c: Checker, events: unknown[], quotes: readonly Quote[]): void {
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  events.forEach((event, i) => {
    const f = typeof event === 'object' && event !== null ? (event as Fields) : {};
    const id = f['keyQuote'];
    if (typeof id !== 'string' || id.trim() === '') return;
    const quote = byId.get(id);
    const at = join(join('events', i), 'keyQuote');
    if (!quote) c.error(at, `${shown(id)} is not a quote of this story`);
    else if (quote.eventId !== f['id']) c.warn(at, `${shown(id)} belongs to ${quote.eventId ? `event ${shown(quote.eventId)}` : 'no event'}, not to this one`);
  });
}
