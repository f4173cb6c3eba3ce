import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {countries, world} from '../built-in.js';
import {AlignmentDateChangeEvent} from '../events.js';
import type {Scene} from '../export/scene.js';
import {formatDate} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {isDay} from '../model/dates.js';
import {TIMEOUT_MS} from '../model/story-error.js';
import type {Story} from '../model/types.js';
import {moveIndex, type Move} from '../timeline/keys.js';
import {dayOf, pinsAt} from '../timeline/state.js';
import {captionStyles} from '../views/caption.styles.js';
import {type DayView, dayView, openingDay} from '../views/day.js';
import {footerView} from '../views/footer.js';
import {frameStyles} from '../views/frame.styles.js';
import {headerView} from '../views/header.js';
import {legendStyles} from '../views/legend.styles.js';
import {lensPickStyles} from '../views/lens-pick.styles.js';
import {noticesView} from '../views/notices.js';
import {noticeStyles} from '../views/notices.styles.js';
import {popupStyles} from '../views/popup.styles.js';
import {themeNames} from '../views/theme.js';
import {themeStyles} from '../views/theme.styles.js';
import {searchStyles} from '../views/search.styles.js';
import {printStyles} from '../views/print.styles.js';
import {timelineStyles} from '../views/timeline.styles.js';
import {toolbarStyles} from '../views/toolbar.styles.js';
import {worldStyles} from '../views/world.styles.js';
import {zoomStyles} from '../views/zoom.styles.js';
import {CompareController} from './compare-controller.js';
import {HighlightController} from './highlight-controller.js';
import {LanguageController} from './language-controller.js';
import type {LinkController} from './link-controller.js';
import {BlocColoursController} from './bloc-colours-controller.js';
import {EmbedController} from './embed-controller.js';
import {ExportController} from './export-controller.js';
import {HandoutController} from './handout-controller.js';
import {LensController} from './lens-controller.js';
import {MapController} from './map-controller.js';
import {adoptStyles, OnDemand} from './on-demand.js';
import {sceneOf} from './scene.js';
import type {PlayController} from './play-controller.js';
import {PresentController} from './present-controller.js';
import {SearchController} from './search-controller.js';
import {StoryController} from './story-controller.js';
import {Stage} from './stage.js';
import {storyParts} from './story-parts.js';
import {TableController} from './table-controller.js';
import {ToolbarController} from './toolbar-controller.js';
import {ZoomController} from './zoom-controller.js';

/**
 * An interactive world map that colours countries by bloc on a date, with a timeline of the story's events
 * and popups that carry its quotes.
 *
 * One tag per line: the manifest (`custom-elements.json`) is generated from these.
 *
 * @fires {AlignmentDateChangeEvent} alignment-date-change - The reader moved the timeline, or play moved on; `detail.date` is the new `YYYY-MM-DD`.
 * @fires {AlignmentCountrySelectEvent} alignment-country-select - The reader opened a country's popup (map, search, table or comparison); `detail.id` and `detail.name`.
 * @csspart lens - The "Colour by" select.
 * @csspart evidence - The claim-and-evidence table.
 * @csspart dialog - The export dialog.
 * @csspart handout - The printed handout (shown in print only).
 *
 * @csspart header - The story's title and intro (hidden by `no-header`).
 * @csspart toolbar - The row of tools above the map, with the "More" menu.
 * @csspart search - The search box.
 * @csspart timeline - The slider row.
 * @csspart caption - The current event.
 * @csspart legend - The bloc key.
 * @csspart footer - Credits, notes and the story's corrections.
 * @csspart popup - A country's or a pin's dialog.
 * @csspart table - The table view.
 * @csspart compare - The comparison's dates.
 * @csspart changes - The comparison's list of changes.
 * @csspart slide - The slide beside the map in presentation mode.
 * @csspart key-quote - The slide's quote, under the map.
 * @csspart notes - The slide's speaker notes.
 * @csspart embed-dialog - The "Embed this" dialog.
 * @csspart error - Errors and notices.
 * @csspart button - Every button.
 *
 * Every colour it draws, but the story's bloc colours, is a custom property with a light and a dark default
 * (the theme follows `prefers-color-scheme` unless `theme` says otherwise).
 * @cssprop [--alignment-font=the page's font] - Font family.
 * @cssprop [--alignment-font-size=15px] - Base text size.
 * @cssprop --alignment-ink - Text colour.
 * @cssprop --alignment-paper - Background.
 * @cssprop --alignment-muted - Secondary text.
 * @cssprop --alignment-line - Rules and borders.
 * @cssprop --alignment-raised - Pressed buttons and menu hover.
 * @cssprop --alignment-neutral - Countries in no bloc.
 * @cssprop [--alignment-border=the paper] - Borders between countries.
 * @cssprop [--alignment-accent=the ink] - Outlines and pins.
 * @cssprop --alignment-focus - Focus rings and the selected country.
 * @cssprop [--alignment-hatch=the paper] - The bands over an opinion's colour.
 * @cssprop [--alignment-gutter=0px] - Margin of everything but the map from the element's edges in one column.
 * @cssprop --alignment-bloc-{id} - The colour of the bloc with that id, for any story (`--alignment-bloc-eastern`); default: the story's.
 * @cssprop --alignment-claim - A correction's box.
 * @cssprop --alignment-claim-ink - A correction's text.
 * @cssprop --alignment-error - The notice box.
 * @cssprop --alignment-error-ink - The notice box's text.
 * @cssprop --alignment-error-line - The notice box's border.
 * @cssprop --alignment-highlight - The quote a link opened.
 * @cssprop --alignment-shadow - Shadows under popups and the menu.
 */
export class AlignmentMap extends LitElement {
  static override styles = [themeStyles, frameStyles, toolbarStyles, worldStyles, legendStyles, timelineStyles, captionStyles, popupStyles, noticeStyles, zoomStyles, searchStyles, printStyles, lensPickStyles];

  /** URL of a story JSON file. Absent: the built-in story, which needs nothing from the server. */
  @property() src?: string;

  /** The day shown, `YYYY-MM-DD`: the map shows the latest event on or before it. Absent: the story's opening event. */
  @property({reflect: true}) date?: string;

  /** ISO 3166-1 numeric id (`"586"`) of the country whose popup is open. */
  @property({reflect: true}) selected?: string;

  /**
   * `hash`: the map keeps its view (day, country, quote) in the page's address, restores it from a link, and
   * offers Share. Only for a page that gives the map its address: absent (the default), the host page's URL
   * is never touched.
   */
  @property({reflect: true}) link?: string;

  /** `light`, `dark`, or `auto` (the default): follow the reader's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark' | 'auto';

  /** Milliseconds to wait for a `src` before giving up with a message and a Retry button. */
  @property({type: Number}) timeout: number = TIMEOUT_MS;

  /** Hides the story's title and intro, for an article that already says them. Reflected. */
  @property({type: Boolean, reflect: true, attribute: 'no-header'}) noHeader = false;

  /** Lines a page adds to the element's notices, as the iframe embed does for the options it ignored. Property only. */
  @property({attribute: false}) notices: readonly string[] = [];

  /**
   * What colours the map: `blocs` (the default: the story's groups), `memberships` (the institutions the story
   * records, by tier, several striped) or `votes` (UN General Assembly votes, 2001–2019). Reflected; the
   * "Colour by" control sets it. Another value shows a notice and the blocs.
   */
  @property({reflect: true}) lens?: string;

  /** Presentation mode: one event per slide, filling the screen, driven by a clicker's keys. */
  @property({type: Boolean, reflect: true}) present = false;

  /**
   * The interface's language: `en`, `ur` (right to left) or `ru`, as a BCP 47 tag (`ur-PK` works). Absent: the
   * closest ancestor's `lang` (the page's), then English. Not reflected: the page owns the attribute.
   */
  @property() override lang = '';

  private readonly _language = new LanguageController(this);
  private _view?: DayView;
  private _viewStrings?: Strings;
  private readonly _loader = new StoryController(this);
  private readonly _map = new MapController(this);
  private readonly _toolbar = new ToolbarController(this);
  /** Deep links and Share: loaded only for a map that owns its page's address, so embeds never pay for them. */
  private readonly _links = new OnDemand(this, 'links', () => import('./link-controller.js'));
  private _link?: LinkController;
  private readonly _present = new PresentController(this, (move, quiet) => this._move(move, quiet));
  private readonly _zoom = new ZoomController(this, () => this._story, () => this._strings);
  private readonly _playChunk = new OnDemand(this, 'play', () => import('./play-controller.js'));
  private _play?: PlayController;
  private readonly _highlight = new HighlightController(this);
  private readonly _search = new SearchController(this, (id) => this._map.select(id));
  private readonly _table = new TableController(this, (id) => this._map.select(id));
  private readonly _stage = new Stage(this, {map: this._map, zoom: this._zoom, table: this._table, look: (view) => this._lens.look(view)});
  private readonly _compare = new CompareController(this, {highlight: this._highlight, step: (i) => this._step(i), select: (id) => this._map.select(id)});
  private readonly _colours = new BlocColoursController(this);
  private readonly _embed = new EmbedController(this);
  private readonly _export = new ExportController(this, () => this._scene());
  private readonly _handout = new HandoutController(this, () => this._scene());
  private readonly _lens = new LensController(this, world, (lens) => (this.lens = lens));

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._language.sync();
    this._loader.sync();
    this._present.sync();
    this._lens.sync(this.lens, this._strings);
    if (this.link === 'hash') void this._linking();
    if (changed.has('date') && this.date && !isDay(this.date)) console.warn(`<alignment-map> ${this._dateNote()}`);
    const story = this._story;
    if (!story) return;
    this._colours.sync(story.blocs);
    this._language.syncStory(story);
    const day = this.date && isDay(this.date) ? this.date : openingDay(story);
    if (this._view?.day !== day || this._view.story !== story || this._viewStrings !== this._strings) {
      this._view = dayView(story, day, this._strings);
      this._viewStrings = this._strings;
    }
    // One popup at a time, and the attribute wins: a page that selects a country closes a pin's popup.
    const spoken = new Set(pinsAt(story, day).map((p) => p.place.id));
    this._map.keepPlace((place) => spoken.has(place), changed.has('selected') && Boolean(this.selected));
    // A popup, a slide or a caption other than the opening one shows the story's details: fetch them now.
    if (this._map.open || this.present || story.events[this._view.index]?.summary === '') this._loader.needDetails();
  }

  protected override render(): TemplateResult {
    const story = this._story;
    const view = this._view;
    const t = this._strings;
    const ready = story && view ? {story, view} : undefined;
    return html`<div class="frame" aria-busy=${this._loader.busy ? 'true' : 'false'} lang=${t.lang} dir=${t.dir}>
      ${story && !this.noHeader ? headerView({title: story.title, intro: story.intro, more: t.aboutStory, mark: this._language.marker(story)}) : nothing}
      ${noticesView({
        errors: this._loader.errors,
        kept: story !== null,
        retryable: this._loader.retryable,
        onRetry: () => this._loader.retry(),
        notes: [...this._notes(), ...(this._link?.notes ?? [])],
        strings: t,
      })}
      ${this._toolbar.render(
        [this._lens.tool(t), this._search.render(t), this._table.button(t), ...this._compare.tools(story, view?.index ?? 0, t), ...(this._link?.tools() ?? [])],
        [
          this._compare.item(t),
          this._lens.menuItem(t),
          ...(this._link?.menu() ?? []),
          this._present.menuItem(t.present),
          ...(ready ? [...this._export.menu(t), ...this._handout.menu(t)] : []),
          this._embed.menuItem(t.embedThis),
        ],
        t.more,
      )}
      ${this._stage.render(ready, {strings: t, quote: this._link?.quote, translations: ready && this._language.quotes(ready.story), loading: !this._loader.errors.length})}
      ${ready
        ? storyParts({
            ...ready,
            strings: t,
            mark: this._language.marker(ready.story),
            highlight: this._highlight,
            compare: this._compare,
            playing: Boolean(this._play?.playing),
            onStep: (i) => (this._play?.pause(), this._step(i)),
            onPlay: this._onPlay,
            key: this._lens.key(ready.view, t),
            aside: this._lens.panel(ready.view, t),
          })
        : nothing}
      ${ready ? this._present.render({story: ready.story, index: ready.view.index, strings: t}) : nothing}
      ${footerView(story?.source, t, story ?? undefined)}
      ${this._embed.render(t, story?.title ?? t.embedFrameTitle, view?.day)} ${this._export.render()} ${this._handout.render()}
    </div>`;
  }

  private get _strings(): Strings {
    return this._language.strings;
  }

  private get _story(): Story | null {
    return this._loader.story;
  }

  private async _linking(): Promise<void> {
    const module = await this._links.get();
    if (!module || this._link) return;
    adoptStyles(this.shadowRoot, module.linkStyles);
    this._link = new module.LinkController(this, this._map, () => this._story, () => (this._story ? openingDay(this._story) : ''), () => this._strings);
  }

  /** What export and the handout read: the story, the day shown, and the map's look on any day. */
  private _scene(): Scene | undefined {
    const story = this._story;
    if (!story || !this._view || !this.shadowRoot) return undefined;
    return sceneOf(story, this._view.day, this._strings, this.shadowRoot);
  }

  /** The notices line by line: bad attributes, chunks that failed to load, and what the page adds. */
  private _notes(): string[] {
    const t = this._strings;
    const loaders = [this._links, this._language, this._loader, this._present, this._zoom, this._playChunk, this._search, this._table, this._compare, this._embed];
    return [
      ...(this._language.note ? [this._language.note] : []),
      ...this._export.notes,
      ...this._handout.notes,
      ...(this.date && !isDay(this.date) ? [this._dateNote()] : []),
      ...(this.selected && !countries.has(this.selected) ? [fill(t.badSelected, {value: this.selected})] : []),
      ...(this.theme && !themeNames.includes(this.theme) ? [fill(t.badTheme, {value: this.theme})] : []),
      ...loaders.flatMap((loader) => loader.failure ?? []),
      ...(Array.isArray(this.notices) ? this.notices.map(String) : []),
      ...this._lens.notes(t),
    ];
  }

  private _dateNote(): string {
    const shown = this._story ? formatDate(openingDay(this._story), this._strings) : '';
    return fill(this._strings.badDate, {value: this.date ?? '', shown});
  }

  private _step(index: number): void {
    const event = this._story?.events[index];
    if (!event || index === this._view?.index) return;
    this.date = dayOf(event);
    this.dispatchEvent(new AlignmentDateChangeEvent({date: this.date}));
  }

  /** A clicker's step, from the timeline's keys or presentation mode; `quiet` when the page caused it. */
  private _move(move: Move, quiet = false): void {
    const events = this._story?.events ?? [];
    const index = moveIndex(move, this._view?.index ?? -1, events.length);
    const event = events[index];
    if (quiet && event) this.date = dayOf(event);
    else this._step(index);
  }

  private _onPlay = async (): Promise<void> => {
    const module = await this._playChunk.get();
    const source = () => (this._story ? {story: this._story, index: this._view?.index ?? -1} : undefined);
    this._play ??= module && new module.PlayController(this, source, (index) => this._step(index));
    this._play?.toggle();
  };
}

// Defined only once: a page that loads the embed twice (two embeds, or one URL with a cache-busting query)
// keeps the first definition instead of throwing.
if (!customElements.get('alignment-map')) customElements.define('alignment-map', AlignmentMap);

declare global {
  interface HTMLElementTagNameMap {
    'alignment-map': AlignmentMap;
  }
}
