/**
 * The story data model: what a story file holds once it has been validated. Types only.
 *
 * Dates are ISO 8601 calendar dates at the precision the sources support: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * A reduced date stands for its first day when dates are compared ("2006" sorts as 2006-01-01), and is
 * shown at its own precision ("2006", "October 2001"), so that no day is invented.
 */

/** ISO 3166-1 numeric code as a three-digit string, as in world-atlas: "586" is Pakistan. */
export type CountryId = string;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoDate = string;

/** A cited source: what it is, and where to read it. Only `http:` and `https:` URLs are linked. */
export interface Source {
  label: string;
  url: string;
}

/** The article the story retells. */
export interface ArticleSource {
  title: string;
  outlet: string;
  author: string;
  place: string;
  url: string;
  date: IsoDate;
  /** Why the date has the precision it has, when the page itself gives none. */
  dateNote?: string;
}

/** A group of countries that the map colours alike at some date. */
export interface Bloc {
  id: string;
  label: string;
  /** `#rrggbb`. */
  colour: string;
  description: string;
  /** When the grouping is someone's opinion rather than a fact: whose, in a few words. */
  opinion?: string;
}

/** A dated step of the timeline. */
export interface StoryEvent {
  id: string;
  date: IsoDate;
  /** Last day, for an event that lasts several days. */
  end?: IsoDate;
  title: string;
  /** A short summary in the story's own words. */
  summary: string;
  countries: CountryId[];
  sources: Source[];
  /** True for context before the story's period (shown as background). */
  background?: boolean;
}

/** A country's place in a bloc over a dated interval: `from` inclusive, `to` exclusive. */
export interface Alignment {
  country: CountryId;
  bloc: string;
  from: IsoDate;
  to?: IsoDate;
  /** One line: why the country is in this bloc. */
  reason: string;
  source: Source;
}

/** An institution whose memberships the story records (SCO, Quad, NATO…). */
export interface Organisation {
  id: string;
  label: string;
  short: string;
}

/** A country's role in an organisation over a dated interval: `from` inclusive, `to` exclusive. */
export interface Membership {
  country: CountryId;
  organisation: string;
  /** "member", "observer", "dialogue partner", "designated ally"… */
  role: string;
  from: IsoDate;
  to?: IsoDate;
  /** A caveat, such as a date that the sources do not confirm. */
  note?: string;
  source: Source;
}

/** A place where words were spoken, shown as a pin. */
export interface Place {
  id: string;
  name: string;
  /** [longitude, latitude] in degrees. */
  coordinates: [number, number];
}

/** A verbatim excerpt of the article, attributed as the article attributes it. */
export interface Quote {
  id: string;
  text: string;
  speaker: string;
  role: string;
  countries: CountryId[];
  eventId?: string;
  placeId?: string;
  /** A check of the quote against other sources, when there is one. */
  note?: string;
}

/** Something the article states that the sources contradict or qualify. */
export interface Claim {
  id: string;
  /** The article's words, verbatim. */
  text: string;
  correction: string;
  eventId: string;
  sources: Source[];
}

/** A correction made to the story after it was published, shown in the footer as news sites show them. */
export interface Correction {
  date: IsoDate;
  /** What was corrected, in a sentence or two. */
  text: string;
}

/** A whole story: everything the map shows. */
export interface Story {
  version: 1;
  title: string;
  intro: string;
  /** Id of the event the map opens on when no `date` is given; in the file it defaults to the last event. */
  opening: string;
  source: ArticleSource;
  blocs: Bloc[];
  events: StoryEvent[];
  alignments: Alignment[];
  organisations: Organisation[];
  memberships: Membership[];
  places: Place[];
  quotes: Quote[];
  claims: Claim[];
  /** When the story was last updated after publication. */
  updated?: IsoDate;
  /** Corrections made after publication. */
  corrections?: Correction[];
}
