/**
 * What a lens is: a way of colouring the map on a day. Each lens turns a story, a day and, for some, extra
 * data into one mark per country and a legend, as plain data that a view draws.
 */
import type {WorldCountry} from '../geo/world.js';
import type {CountryId, Source} from '../model/types.js';

/** The lenses a reader can choose: the story's blocs, the memberships it records, UN votes. */
export type LensName = 'blocs' | 'memberships' | 'votes';

/** How one country looks under a lens. */
export interface LensMark {
  /** Fill, `#rrggbb`; absent when the lens has nothing to colour (no membership, no votes). */
  colour?: string;
  /**
   * Colours of what else the country holds on the day, drawn as stripes over `colour`, in the lens's order
   * of precedence. Absent when there is nothing else, so that overlaps show for every country alike.
   */
  stripes?: string[];
  /**
   * What `data-value` carries: space-separated `organisation:role` tokens for memberships ("sco:member
   * quad:member"), the signed score shown for votes ("0.58"); empty when there is nothing.
   */
  value: string;
  /** A short plain-text description for the tooltip and the accessible name: "SCO member and Quad member". */
  label: string;
}

/** One line of a lens's legend. */
export interface LegendItem {
  /** Stable key, for tests and `data-value` on the legend entry: "sco:member", "0.5". */
  id: string;
  label: string;
  /** `#rrggbb`; absent for "no data". */
  colour?: string;
  /** The heading the item sits under: the institution's full name for memberships. */
  group?: string;
  /** How many countries show it on the day, where counting makes sense. */
  count?: number;
}

/** A lens on a day. */
export interface LensResult {
  /** A mark for every country of the map that has an id; a territory shows its sovereign state's. */
  byCountry: Map<CountryId, LensMark>;
  legend: LegendItem[];
  /** Plain-text notes to show with the legend: caveats, held years, what stripes mean. */
  notes: string[];
  /** Sources to cite on screen while the lens is shown. */
  sources: Source[];
}

/** What a lens needs to know of the map's countries. */
export type LensPlace = Pick<WorldCountry, 'id' | 'sovereign'>;

/**
 * A mark for each country with an id: its own, else (for a territory such as Greenland) its sovereign
 * state's, else `none`. One rule for every lens, the one the blocs lens follows.
 */
export function markAll(places: readonly LensPlace[], own: (id: CountryId) => LensMark | undefined, none: LensMark): Map<CountryId, LensMark> {
  const marks = new Map<CountryId, LensMark>();
  for (const place of places) {
    if (place.id === null) continue;
    marks.set(place.id, own(place.id) ?? (place.sovereign === undefined ? undefined : own(place.sovereign)) ?? none);
  }
  return marks;
}
