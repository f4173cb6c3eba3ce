/**
 * Everything the memberships and votes lenses and the claim-and-evidence table need, in one chunk that a page
 * fetches only when a reader first asks for one of them: the lenses, their legend, the table, their styles, and
 * the state they keep. The votes themselves are a further chunk (`loadVotes`), fetched only for the votes lens
 * or the table.
 */
import {type nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {World} from '../geo/world.js';
import {formatDate} from '../i18n/format.js';
import type {Strings} from '../i18n/strings.js';
import {evidenceAt, type EvidenceGroup} from '../lens/evidence.js';
import {loadVotes} from '../lens/load-votes.js';
import {membershipsLens} from '../lens/memberships.js';
import {fill, lensEn, type LensStrings} from '../lens/strings.js';
import {lensRu} from '../lens/strings-ru.js';
import {lensUr} from '../lens/strings-ur.js';
import type {LensName, LensResult} from '../lens/types.js';
import {VOTES_SOURCE_URL, votesLens} from '../lens/votes.js';
import {type VoteTable, voteYearOf} from '../lens/votes-data.js';
import type {Look} from '../views/countries.js';
import type {DayView} from '../views/day.js';
import {evidenceView} from '../views/lens-evidence.js';
import {lensKeyView} from '../views/lens-key.js';
import {lensLook} from '../views/lens-look.js';
import {lensStyles} from '../views/lens.styles.js';
import {adoptStyles} from './on-demand.js';

/** A lens drawn on a day: what the map, its legend and the tooltip show. */
interface Shown {
  result: LensResult;
  title: string;
  look: Look;
}

/** The lenses' words in the interface's language (small enough to ship together in this chunk). */
const WORDS: Readonly<Record<string, LensStrings>> = {en: lensEn, ur: lensUr, ru: lensRu};
const wordsFor = (t: Strings): LensStrings => WORDS[t.lang] ?? lensEn;

/** What the claim-and-evidence table cites for the votes. */
const votesSources = (w: LensStrings) => [{label: w.votesSourceLabel, url: VOTES_SOURCE_URL}];

/** The lens on a day with its legend's title; undefined for the votes while their table has not arrived. */
export function lensOn(
  lens: Exclude<LensName, 'blocs'>,
  view: DayView,
  world: World,
  votes: VoteTable | undefined,
  w: LensStrings = lensEn,
): Omit<Shown, 'look'> | undefined {
  if (lens === 'memberships') return {result: membershipsLens(view.story, view.day, world.countries, w), title: w.lensMemberships};
  if (!votes) return undefined;
  const {year} = voteYearOf(votes, view.day);
  return {result: votesLens(votes, view.day, world.countries, w), title: year === null ? w.lensVotes : fill(w.votesTitle, {year})};
}

/**
 * The lenses once loaded: the UN votes (fetched once, on first need), and the lens and the evidence rows of the
 * day shown, each computed once per day so that the map's look keeps its identity between renders.
 */
export class LensSession {
  private votes?: VoteTable;
  /** Why the votes could not be loaded, for the notices. */
  failure?: string;
  private pending = false;
  private shown?: {view: DayView; lens: LensName; votes?: VoteTable; words: LensStrings; found?: Shown};
  private rows?: {view: DayView; votes?: VoteTable; words: LensStrings; groups: EvidenceGroup[]};
  /** The words of the last render's language: the look's labels follow it. */
  private words: LensStrings = lensEn;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly world: World,
  ) {
    adoptStyles(host.shadowRoot, lensStyles);
  }

  /** Speaks the interface's language from now on (called before each render). */
  use(t: Strings): void {
    this.words = wordsFor(t);
  }

  /** Whether the votes are needed and not yet here. */
  waiting(votes: boolean): boolean {
    return votes && !this.votes && !this.failure;
  }

  /** Fetches the votes once; after a failure only a reader's choice (`retry`) tries again. */
  need(retry: boolean): void {
    if (this.votes || this.pending || (this.failure && !retry)) return;
    this.pending = true;
    loadVotes()
      .then(
        (table) => ((this.votes = table), (this.failure = undefined)),
        (error: unknown) => (this.failure = fill(this.words.votesFailed, {why: error instanceof Error ? error.message : String(error)})),
      )
      .finally(() => ((this.pending = false), this.host.requestUpdate()));
  }

  /** The lens on the view's day, or undefined until it can be drawn. */
  found(lens: Exclude<LensName, 'blocs'>, view: DayView): Shown | undefined {
    const s = this.shown;
    const words = this.words;
    if (s && s.view === view && s.lens === lens && s.votes === this.votes && s.words === words) return s.found;
    const on = lensOn(lens, view, this.world, this.votes, words);
    const found = on && {...on, look: lensLook(view.look, on.result.byCountry)};
    this.shown = {view, lens, votes: this.votes, words, found};
    return found;
  }

  /** The lens's legend; undefined until it can be drawn. */
  key(lens: Exclude<LensName, 'blocs'>, view: DayView, t: Strings, evidence: {open: boolean; onToggle: () => void}): TemplateResult | undefined {
    const found = this.found(lens, view);
    return found && lensKeyView({title: found.title, result: found.result, strings: this.words, evidence: {label: t.evidence, ...evidence}});
  }

  /** The claim-and-evidence table on the view's day. */
  panel(view: DayView, t: Strings, onClose: () => void): TemplateResult | typeof nothing {
    const words = this.words;
    if (this.rows?.view !== view || this.rows.votes !== this.votes || this.rows.words !== words)
      this.rows = {view, votes: this.votes, words, groups: evidenceAt(view.story, view.day, this.world.countries, this.votes ?? null, words)};
    return evidenceView({
      groups: this.rows.groups,
      date: formatDate(view.day, t),
      votesPending: this.waiting(true),
      sources: votesSources(words),
      strings: words,
      closeLabel: t.close,
      onClose,
    });
  }
}
