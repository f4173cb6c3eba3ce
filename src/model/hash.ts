import {isDay} from './dates.js';

/**
 * A view of the map that a link can carry in a URL's hash: `#date=2017-06-09&country=586&quote=…`.
 * A link is input from strangers: parsing keeps only well-formed values and reports the rest, and never throws.
 */
export interface Link {
  /** `YYYY-MM-DD`. */
  date?: string;
  /** ISO 3166-1 numeric id. */
  country?: string;
  /** A quote's id, whose popup opens with the quote in view. */
  quote?: string;
}

/** Why part of a link was not used. */
export type Reason = 'invalid' | 'unknown' | 'repeated' | 'long' | 'key';

/** A part of a link that was not used: its key, its value (cut short) and why. */
export interface Ignored {
  key: string;
  value: string;
  reason: Reason;
}

/** A parsed link, and what it held that could not be used. */
export interface Parsed {
  link: Link;
  ignored: Ignored[];
}

const KEYS = ['date', 'country', 'quote'] as const;
/** Longer than any id a story would use; a longer value is someone's mistake or an attack, not an id. */
export const MAX_VALUE = 100;
/** At most this many ignored parts are reported: a hash of ten thousand keys gets one short notice. */
export const MAX_REPORTED = 5;

const valid: Record<(typeof KEYS)[number], (value: string) => boolean> = {
  date: isDay,
  country: (value) => /^\d{3}$/.test(value),
  quote: (value) => value.trim() !== '',
};

/** A value as a notice may show it: cut short, so that a long hash cannot flood the element. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/**
 * Reads a URL hash (with or without its `#`). A hash without `=` is a page's own anchor (`#top`), not a link:
 * it gives an empty link and reports nothing. The first of repeated keys wins.
 */
export function parseHash(hash: string): Parsed {
  const link: Link = {};
  const ignored: Ignored[] = [];
  const text = hash.replace(/^#/, '');
  if (!text.includes('=')) return {link, ignored};
  const skip = (key: string, value: string, reason: Reason) => {
    if (ignored.length < MAX_REPORTED) ignored.push({key: shorten(key), value: shorten(value), reason});
  };
  // URLSearchParams decodes `%xx` and `+` and never throws, even on a malformed escape.
  for (const [key, value] of new URLSearchParams(text)) {
    if (!(KEYS as readonly string[]).includes(key)) skip(key, value, 'key');
    else if (link[key as keyof Link] !== undefined) skip(key, value, 'repeated');
    else if (value.length > MAX_VALUE) skip(key, value, 'long');
    else if (!valid[key as keyof Link](value)) skip(key, value, 'invalid');
    else link[key as keyof Link] = value;
  }
  return {link, ignored};
}

/** The hash for a link, keys in a fixed order, or `''` for an empty one. */
export function formatHash(link: Link): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (link[key] !== undefined) params.set(key, link[key]);
  const text = params.toString();
  return text ? `#${text}` : '';
}
