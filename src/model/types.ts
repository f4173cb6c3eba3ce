/**
 * The story data model: what a story file holds once it has been validated. Types only.
 *
 * Dates are ISO 8601 calendar dates at the precision the sources support: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`,
 * and are shown at their own precision ("2006", "October 2001"), so that no day is invented.
 *
 * An interval `[from, to)` covers every day it may have held: a reduced `from` starts on the first day of its
 * period ("2006" starts on 2006-01-01), and a reduced `to` ends after the last day of its period (`to: "2008"`
 * ends at 2009-01-01, `to: "2008-02"` at 2008-03-01). A whole-day `to` is exclusive: the interval ends the
 * day before it.
 */

/**
 * ISO 3166-1 numeric code as a three-digit string, as in world-atlas: "586" is Pakistan.
 * @pattern ^[0-9]{3}$
 */
export type CountryId = string;

/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$
 */
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
  /**
   * `#rrggbb`.
   * @pattern ^#[0-9a-fA-F]{6}$
   */
  colour: string;
  /** What the grouping is, and its rule in words. */
  description: string;
  /** When the grouping is someone's opinion rather than a fact: whose, in a few words. */
  opinion?: string;
  /**
   * For an opinion: when it was stated. After the end of this period the map still shows the opinion as it
   * was stated, and says so (see `staleOpinions`).
   */
  asOf?: IsoDate;
  /** Which countries the grouping holds, in a form a check can evaluate. */
  rule?: BlocRule;
}

/**
 * Which countries a bloc holds: every country its clauses take in, less its exceptions. The bloc's
 * `description` states the same rule in words; a balance check holds the alignments to it.
 */
export interface BlocRule {
  /** Countries that cited sources name, each source with the countries it names. */
  named?: NamedBy[];
  /** Countries that hold one of some roles in an organisation on a day. */
  members?: MemberClause[];
  /**
   * A background colour: the bloc colours a country only on days when the story gives it no other colour,
   * and then always.
   */
  fallback?: boolean;
  /** Countries the clauses take in but the bloc leaves out, each with the reason, in words a reader can check. */
  exceptions?: RuleException[];
}

/** A cited source and the countries it names for a bloc. */
export interface NamedBy {
  source: Source;
  countries: CountryId[];
}

/** Every country that holds one of `roles` in `organisation` on the day `on`. */
export interface MemberClause {
  organisation: string;
  roles: string[];
  on: IsoDate;
}

/** A country a rule takes in but the bloc leaves out, and why. */
export interface RuleException {
  country: CountryId;
  reason: string;
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
  /** Speaker notes for a teacher presenting the story: shown only on request, never to readers. */
  notes?: string;
  /** Questions for a class to discuss, shown after the caption. */
  prompts?: string[];
  /** Id of the quote a presentation slide shows large; absent: the first quote of this event, if any. */
  keyQuote?: string;
}

/**
 * A country's place in a bloc over a dated interval: `from` inclusive, `to` exclusive (a reduced `to` covers its
 * whole period). A country may hold several blocs at once; two intervals of one country in one bloc may not overlap.
 */
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
  /**
   * Which side of a divide the organisation stands on, at every tier of it (`"us"` for NATO and the Quad,
   * `"sco"` for the SCO). A country whose memberships on a day span two sides is an overlap (see `overlapsAt`).
   */
  side?: string;
}

/** A country's role in an organisation over a dated interval: `from` inclusive, `to` exclusive (as `Alignment`). */
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
  /** Whose words they are, as far as the article allows; absent, they are the author's. */
  speaker?: string;
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
  /** The language the story is written in, a BCP 47 tag ("en", "ur"); absent, English. */
  lang?: string;
  /** The story's text in other languages, by language tag: what a map in that language shows instead. */
  translations?: Record<string, StoryTranslation>;
  /** When the story was last updated after publication. */
  updated?: IsoDate;
  /** Corrections made after publication. */
  corrections?: Correction[];
}

/**
 * A story's text in one other language. Anything missing shows in the story's own language, marked as such.
 * Quotes are never replaced: a quote's translation shows beneath the original words, labelled.
 */
export interface StoryTranslation {
  title?: string;
  intro?: string;
  /** By event id. */
  events?: Record<string, {title?: string; summary?: string}>;
  /** A translation of each quote's words, by quote id. */
  quotes?: Record<string, string>;
}
