import otherNames from '../../data/aka.json' with {type: 'json'};
import type {WorldCountry} from '../geo/world.js';

/** How a spreadsheet cell named a country: resolved to the map's id, or why it could not be. */
export type Resolved = {id: string} | {error: string};

/** Case, accents and runs of spaces do not matter in a name: "cote d'ivoire" finds "Côte d'Ivoire". */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Resolves country cells through the map's own names and ids, so that a sheet can say `586` or `Pakistan`.
 * Spreadsheets drop leading zeros from numbers, so `4` is read as `004` (Afghanistan).
 */
export class CountryNames {
  private readonly byName = new Map<string, string>();
  private readonly ids = new Set<string>();

  /** `aka`: other names a spreadsheet may use (Turkey, USA, Ivory Coast…), by id; the map's name wins a clash. */
  constructor(
    readonly countries: readonly WorldCountry[],
    aka: Readonly<Record<string, readonly string[]>> = otherNames.aka,
  ) {
    for (const [id, names] of Object.entries(aka)) for (const name of names) this.byName.set(fold(name), id);
    for (const country of countries) {
      if (country.id === null) continue;
      this.ids.add(country.id);
      this.byName.set(fold(country.name), country.id);
    }
  }

  /** One country, by numeric code or by its name on the map. */
  resolve(text: string): Resolved {
    const cell = text.trim();
    if (/^\d{1,3}$/.test(cell)) {
      const id = cell.padStart(3, '0');
      return this.ids.has(id) ? {id} : {error: `"${cell}" is not a country code in the map`};
    }
    const id = this.byName.get(fold(cell));
    return id ? {id} : {error: `"${cell}" is not a country in the map${this.hint(cell)}`};
  }

  /**
   * A list of countries. Items are separated by `;` or `,`; an item that is no name as a whole may also be
   * several codes or one-word names separated by spaces (`586 643`, `Pakistan Russia`), while
   * `Saudi Arabia` stays one name.
   */
  resolveList(text: string): {ids: string[]; errors: string[]} {
    const ids: string[] = [];
    const errors: string[] = [];
    for (const item of text.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean)) {
      const whole = this.resolve(item);
      const words = item.split(/\s+/);
      const parts = 'id' in whole || words.length === 1 ? [whole] : words.map((w) => this.resolve(w));
      if (parts.every((p) => 'id' in p)) ids.push(...parts.map((p) => p.id));
      else if ('error' in whole) errors.push(whole.error);
    }
    return {ids: [...new Set(ids)], errors};
  }

  /** Every country a story may use, as `586  Pakistan` lines, optionally those whose name contains `search`. */
  list(search = ''): string[] {
    const wanted = fold(search);
    return this.countries
      .filter((c) => c.id !== null && fold(c.name).includes(wanted))
      .map((c) => `${c.id}  ${c.name}`)
      .sort((a, b) => a.slice(5).localeCompare(b.slice(5)));
  }

  /** Names that contain what was typed, or the way to find one. */
  private hint(cell: string): string {
    const near = this.list(cell).slice(0, 3).map((line) => line.slice(5));
    if (near.length > 0) return ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)`;
    return ' (give its ISO 3166-1 numeric code, such as 586, or its name on the map, such as Pakistan: `alignment-map countries` lists them)';
  }
}
