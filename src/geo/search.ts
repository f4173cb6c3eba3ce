/** A country as the search box knows it. */
export interface Findable {
  id: string;
  name: string;
  /** Other names that find it: "Turkey" for Türkiye. */
  aka?: readonly string[];
}

/** A match; matches come in the order a reader expects: names that start with the query, then names with a word that does, then other names. */
export interface Found {
  id: string;
  name: string;
  /** The other name that matched, when the shown one did not: the list says "Türkiye (Turkey)". */
  via?: string;
}

/**
 * Text as the search compares it: lower case, without accents, and with punctuation and runs of spaces as one
 * space, so that "turk" finds "Türkiye" and "cote d ivoire" finds "Côte d'Ivoire".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 0 when `text` starts with `query`, 1 when one of its later words does, -1 otherwise; both folded. */
function rank(text: string, query: string): number {
  if (text.startsWith(query)) return 0;
  return text.includes(` ${query}`) ? 1 : -1;
}

/** Another name ranks after the shown ones, unless typed in full ("usa", "turkey"). */
function rankOther(other: string, query: string): number {
  const text = fold(other);
  const found = rank(text, query);
  return text === query ? 0 : found < 0 ? -1 : 2 + found;
}

/**
 * The countries whose name, or one of whose other names, has a word starting with `query`, accents and case
 * aside. An empty query lists every country, by name.
 */
export function findCountries(all: readonly Findable[], query: string): Found[] {
  const q = fold(query);
  const found: (Found & {rank: number})[] = [];
  for (const country of all) {
    const own = rank(fold(country.name), q);
    if (own >= 0) {
      found.push({id: country.id, name: country.name, rank: own});
      continue;
    }
    const others = (country.aka ?? []).map((via) => ({via, rank: rankOther(via, q)})).filter((o) => o.rank >= 0);
    const best = others.sort((a, b) => a.rank - b.rank)[0];
    if (best) found.push({id: country.id, name: country.name, ...best});
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map(({rank: _, ...match}) => match);
}
