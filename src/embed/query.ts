/**
 * The iframe embed's options: the element's attributes as a query string (`embed.html?date=…&country=…`), read
 * by the embed page and written by "Embed this". Pure: the element's declared properties come in as data.
 */

/** How an attribute's value is read, after the element's declared property type. */
export type OptionType = 'text' | 'number' | 'boolean';

/** An attribute the query may set. */
export interface OptionSpec {
  attribute: string;
  type: OptionType;
}

/** The part of a Lit property declaration that says how its attribute reads. */
export interface Declaration {
  attribute?: boolean | string;
  type?: unknown;
  state?: boolean;
}

/** Why an option was left out: the embed page shows each in the element's notices. */
export type Rejection = 'unknown' | 'number' | 'boolean' | 'src' | 'lang' | 'twice' | 'long';

export interface Ignored {
  key: string;
  value: string;
  why: Rejection;
}

/** What a query asks of the embed page. */
export interface EmbedQuery {
  /** Attribute name → value; a boolean attribute that is set has the value "". */
  attributes: Map<string, string>;
  /** A BCP 47 language tag for the page and the element. */
  lang?: string;
  /** The id a pym.js parent gave this frame, to address its height messages. */
  childId?: string;
  ignored: Ignored[];
}

/** Short names for attributes in the iframe's query string: `country` reads better in a URL than `selected`. */
export const ALIASES: Readonly<Record<string, string>> = {country: 'selected'};

/** What a pym.js parent adds to the frame's URL (see pym.js `Parent._constructIframe`): not options of the map. */
const PYM = new Set(['initialwidth', 'childid', 'parenttitle', 'parenturl']);

/**
 * Attributes about the page rather than the view: a copy in another page must not claim that page's address
 * (`link`), nor open in the middle of a lesson (`present`).
 */
const PAGE_ONLY = new Set(['link', 'present']);

/** Longer values are a mistake or an attack: no option of the map needs them. */
const MAX_VALUE = 2000;

/**
 * The attributes an iframe query may set: every declared property of the element that has an attribute and a
 * plain type, so the list follows the element and is never kept by hand. Internal state is left out.
 */
export function optionSpecs(properties: ReadonlyMap<PropertyKey, Declaration>): OptionSpec[] {
  return [...properties].flatMap(([name, d]) => {
    if (d.state || d.attribute === false || typeof name !== 'string') return [];
    const type: OptionType | undefined = d.type === Number ? 'number' : d.type === Boolean ? 'boolean' : d.type === undefined || d.type === String ? 'text' : undefined;
    const attribute = typeof d.attribute === 'string' ? d.attribute : name.toLowerCase();
    return type && !PAGE_ONLY.has(attribute) ? [{attribute, type}] : [];
  });
}

/**
 * Reads an iframe's query. Unknown keys and malformed values are left out and listed in `ignored`, so the page
 * shows the nearest valid view; values the element checks itself (a date, a country) pass through to it. A
 * `src` must be on the page's own site: a link could otherwise show anyone's story under the newsroom's name.
 */
export function parseEmbedQuery(search: string, specs: readonly OptionSpec[], page: string): EmbedQuery {
  const byName = new Map(specs.map((s) => [s.attribute, s]));
  const query: EmbedQuery = {attributes: new Map(), ignored: []};
  const seen = new Set<string>();
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const key = rawKey.toLowerCase();
    const attribute = ALIASES[key] ?? key;
    const reject = (why: Rejection) => void query.ignored.push({key: rawKey, value, why});
    if (key === 'childid') query.childId ??= value;
    if (PYM.has(key)) continue;
    if (seen.has(attribute)) reject('twice');
    else if (value.length > MAX_VALUE) reject('long');
    else if (key === 'lang') {
      const tag = languageTag(value);
      if (tag) query.lang = tag;
      else reject('lang');
    } else {
      const spec = byName.get(attribute);
      const read = spec ? readValue(spec, value, page) : {error: 'unknown' as const};
      if ('error' in read) reject(read.error);
      else if (read.value !== null) query.attributes.set(attribute, read.value);
    }
    seen.add(attribute);
  }
  return query;
}

function readValue(spec: OptionSpec, value: string, page: string): {value: string | null} | {error: Rejection} {
  if (spec.type === 'number') return value.trim() !== '' && Number.isFinite(Number(value)) ? {value: value.trim()} : {error: 'number'};
  if (spec.type === 'boolean') {
    if (['', 'true', '1', spec.attribute].includes(value.toLowerCase())) return {value: ''};
    return ['false', '0'].includes(value.toLowerCase()) ? {value: null} : {error: 'boolean'};
  }
  if (spec.attribute === 'src') return sameSite(value, page) ? {value} : {error: 'src'};
  return {value};
}

function sameSite(src: string, page: string): boolean {
  try {
    const url = new URL(src, page);
    return /^https?:$/.test(url.protocol) && url.origin === new URL(page).origin;
  } catch {
    return false;
  }
}

function languageTag(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/**
 * The query string for an iframe that shows what an element shows: its attributes, `selected` under its
 * alias. Only attributes the query can read are written, in the order given.
 */
export function embedQuery(attributes: Iterable<readonly [string, string]>, specs: readonly OptionSpec[]): string {
  const names = new Set(specs.map((s) => s.attribute));
  const alias = new Map(Object.entries(ALIASES).map(([short, long]) => [long, short]));
  const params = new URLSearchParams();
  for (const [name, value] of attributes) if (names.has(name)) params.append(alias.get(name) ?? name, value);
  return params.toString();
}
