import type {Strings} from './strings.js';

/** A language's name for a country, by ISO numeric id or, for a place with none, by the map data's English name. */
export type CountryNamer = (id: string | null, name: string) => string | undefined;

const namers = new Map<string, CountryNamer>();

/** Registers a language's country names; its catalogue does so when it loads. */
export function addCountryNames(lang: string, namer: CountryNamer): void {
  namers.set(lang, namer);
}

/** A country's name in the interface's language; the map data's English name where that language has none. */
export function countryName(country: {id: string | null; name: string}, t: Strings): string {
  return namers.get(t.lang)?.(country.id, country.name) ?? country.name;
}
