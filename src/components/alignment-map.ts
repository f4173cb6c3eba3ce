import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {countries, world} from '../built-in.js';
import {AlignmentDateChangeEvent} from '../events.js';
import type {Scene} from '../export/scene.js';
import {projectPoint} from '../geo/project.js';
import type {WorldCountry} from '../geo/world.js';
import {formatDate, formatRange} from '../i18n/format.js';
import {en, fill, isolate, type Strings} from '../i18n/strings.js';
import {isDay} from '../model/dates.js';
import {TIMEOUT_MS} from '../model/story-error.js';
import type {Alignment, Story} from '../model/types.js';
import {alignmentOf, alignmentsAt, claimsOf, dayOf, legendOf, pinsAt, stepAt} from '../timeline/state.js';
import {stepBy, yearTicks} from '../timeline/ticks.js';
import {captionView} from '../views/caption.js';
import {captionStyles} from '../views/caption.styles.js';
import type {CountryView} from '../views/countries.js';
import {footerView} from '../views/footer.js';
import {frameStyles} from '../views/frame.styles.js';
import {headerView} from '../views/header.js';
import {groupsView, legendView} from '../views/legend.js';
import {legendStyles} from '../views/legend.styles.js';
import {noticesView} from '../views/notices.js';
import {noticeStyles} from '../views/notices.styles.js';
import {popupStyles} from '../views/popup.styles.js';
import {printStyles} from '../views/print.styles.js';
import {timelineView} from '../views/timeline.js';
import {timelineStyles} from '../views/timeline.styles.js';
import {toolbarStyles} from '../views/toolbar.styles.js';
import {worldView} from '../views/world.js';
import {worldStyles} from '../views/world.styles.js';
import {ExportController} from './export-controller.js';
import {HandoutController} from './handout-controller.js';
import {MapController} from './map-controller.js';
import {StoryController} from './story-controller.js';
import {storyPopup} from './story-popup.js';
import {ToolbarController} from './toolbar-controller.js';
import {TooltipController, type TipTarget} from './tooltip-controller.js';

/** What the map shows on its current day, derived once per update. */
interface DayView {
  story: Story;
  day: string;
  index: number;
  alignments: Map<string, Alignment>;
}

/**
 * An interactive world map that colours countries by bloc on a date, with a timeline of the story's events
 * and popups that carry its quotes.
 *
 * @fires alignment-date-change - The reader moved the timeline; `detail.date` is the new `YYYY-MM-DD`.
 * @fires alignment-country-select - The reader opened a country's popup; `detail.id` and `detail.name`.
 *
 * @csspart header - The story's title and intro. @csspart toolbar - The row of tools above the map.
 * @csspart timeline - The slider row. @csspart caption - The current event. @csspart legend - The bloc key.
 * @csspart footer - Credits and notes. @csspart popup - A country's or a pin's dialog.
 * @csspart error - Errors and notices. @csspart button - Every button.
 * @csspart dialog - The export dialog. @csspart handout - The printed handout (shown in print only).
 *
 * @cssprop --alignment-font - Font family. @cssprop --alignment-font-size - Base text size (15px).
 * @cssprop --alignment-ink - Text colour. @cssprop --alignment-paper - Background.
 * @cssprop --alignment-muted - Secondary text. @cssprop --alignment-line - Rules and borders.
 * @cssprop --alignment-raised - Pressed buttons and menu hover.
 * @cssprop --alignment-neutral - Countries in no bloc.
 * @cssprop --alignment-border - Borders between countries. @cssprop --alignment-accent - Outlines and pins.
 * @cssprop --alignment-focus - Focus rings and the selected country.
 * @cssprop --alignment-claim / --alignment-claim-ink - A correction's box and text.
 * @cssprop --alignment-error / --alignment-error-ink / --alignment-error-line - The notice box.
 */
export class AlignmentMap extends LitElement {
  static override styles = [frameStyles, toolbarStyles, worldStyles, legendStyles, timelineStyles, captionStyles, popupStyles, noticeStyles, printStyles];

  /** URL of a story JSON file. Absent: the built-in story, which needs nothing from the server. */
  @property() src?: string;

  /** The day shown, `YYYY-MM-DD`: the map shows the latest event on or before it. Absent: the story's opening event. */
  @property({reflect: true}) date?: string;

  /** ISO 3166-1 numeric id (`"586"`) of the country whose popup is open. */
  @property({reflect: true}) selected?: string;

  /** Milliseconds to wait for a `src` before giving up with a message and a Retry button. */
  @property({type: Number}) timeout = TIMEOUT_MS;

  private readonly _strings: Strings = en;
  private _view?: DayView;
  private readonly _loader = new StoryController(this);
  private readonly _map = new MapController(this);
  private readonly _toolbar = new ToolbarController(this);
  private readonly _tooltip = new TooltipController(this, (target) => this._tipText(target));
  private readonly _export = new ExportController(this, () => this._scene());
  private readonly _handout = new HandoutController(this, () => this._scene());

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._loader.sync();
    if (changed.has('date') && this.date && !isDay(this.date)) console.warn(`<alignment-map> ${this._dateNote()}`);
    const story = this._story;
    if (!story) return;
    const day = this.date && isDay(this.date) ? this.date : this._openingDay(story);
    if (this._view?.day !== day || this._view.story !== story)
      this._view = {story, day, index: stepAt(story.events, day), alignments: alignmentsAt(story, day)};
    // One popup at a time, and the attribute wins: a page that selects a country closes a pin's popup.
    const spoken = new Set(pinsAt(story, day).map((p) => p.place.id));
    this._map.keepPlace((place) => spoken.has(place), changed.has('selected') && Boolean(this.selected));
  }

  protected override render(): TemplateResult {
    const story = this._story;
    const view = this._view;
    const t = this._strings;
    const ready = story && view ? {story, view} : undefined;
    return html`<div class="frame" aria-busy=${this._loader.busy ? 'true' : 'false'} lang=${t.lang} dir=${t.dir}>
      ${story ? headerView({title: story.title, intro: story.intro, more: t.aboutStory}) : nothing}
      ${noticesView({
        errors: this._loader.errors,
        kept: story !== null,
        retryable: this._loader.retryable,
        onRetry: () => this._loader.retry(),
        notes: this._notes(),
        strings: t,
      })}
      ${this._toolbar.render([], ready ? [...this._export.menu(t), ...this._handout.menu(t)] : [], t.more)}
      ${this._stage(ready)}
      ${ready ? this._storyParts(ready.story, ready.view) : nothing}
      ${footerView(story?.source, t)} ${this._export.render()} ${this._handout.render()}
    </div>`;
  }

  private _stage(ready: {story: Story; view: DayView} | undefined): TemplateResult {
    const t = this._strings;
    const m = this._map;
    const involved = ready ? (ready.story.events[ready.view.index]?.countries ?? []) : [];
    return html`<div class="stage" @click=${m.onClick} @keydown=${m.onKey} @focusin=${this._onStageFocus} @focusout=${this._tooltip.hide}
      @pointermove=${this._tooltip.onPointer} @pointerleave=${this._tooltip.hide}>
      ${worldView({
        world,
        label: fill(t.mapLabel, {date: ready ? formatDate(ready.view.day, t) : ''}),
        look: (country) => this._look(country, involved),
        focus: m.focus ?? m.selectedCountry ?? involved[0] ?? countries.keys().next().value,
        selected: m.selectedCountry,
        pins: ready ? this._pins(ready.story, ready.view.day) : [],
      })}
      ${this._tooltip.render()}
      ${ready
        ? storyPopup({...ready.view, place: m.place, country: m.selectedCountry, strings: t, onClose: () => void m.close()})
        : this._loader.errors.length
          ? nothing
          : html`<p class="loading">${t.loading}</p>`}
    </div>`;
  }

  private _storyParts(story: Story, view: DayView): TemplateResult {
    const t = this._strings;
    const event = story.events[view.index];
    const legend = legendOf(story, view.alignments);
    return html`${legendView(legend, t)}
      ${timelineView({
        events: story.events,
        index: view.index,
        ticks: yearTicks(story.events),
        label: t.timelineLabel,
        previous: t.previous,
        next: t.next,
        valueText: (i) => {
          const e = story.events[i];
          return e ? `${formatRange(e.date, e.end, t)}: ${e.title}` : '';
        },
        onStep: (i) => this._step(stepBy(i, 0, story.events.length)),
        before: t.before,
      })}
      <div class="panel">
        ${captionView({
          event,
          index: view.index,
          total: story.events.length,
          when: event ? formatRange(event.date, event.end, t) : '',
          claims: event ? claimsOf(story, event.id) : [],
          strings: t,
        })}
        ${groupsView(legend, t)}
      </div>`;
  }

  private get _story(): Story | null {
    return this._loader.story;
  }

  private _openingDay(story: Story): string {
    const opening = story.events.find((e) => e.id === story.opening) ?? story.events.at(-1);
    return opening ? dayOf(opening) : '';
  }

  private _look(country: WorldCountry, involved: readonly string[] = [], alignments = this._view?.alignments): CountryView {
    const t = this._strings;
    if (country.id === null) return {bloc: 'none', label: `${country.name}: ${t.noId}`};
    const alignment = alignments && alignmentOf(alignments, country);
    const bloc = alignment && this._story?.blocs.find((b) => b.id === alignment.bloc);
    const label = `${country.name}: ${bloc ? isolate(bloc.label) : t.noBlocShort}`;
    return {bloc: bloc?.id ?? 'none', colour: bloc?.colour, label, involved: involved.includes(country.id)};
  }

  private _pins(story: Story, day: string) {
    return pinsAt(story, day).map(({place, quotes}) => {
      const [x, y] = projectPoint(world.projection, place.coordinates);
      return {id: place.id, x, y, label: `${fill(this._strings.pinLabel, {place: isolate(place.name)})} (${quotes.length})`};
    });
  }

  /** What export and the handout read: the story, the day shown, and the map's look on any day. */
  private _scene(): Scene | undefined {
    const story = this._story;
    if (!story || !this._view || !this.shadowRoot) return undefined;
    const lookOn = (day: string) => {
      const [alignments, involved] = [alignmentsAt(story, day), story.events[stepAt(story.events, day)]?.countries ?? []];
      return (country: WorldCountry) => this._look(country, involved, alignments);
    };
    return {story, day: this._view.day, strings: this._strings, world, root: this.shadowRoot, lookOn, pinsOn: (day) => this._pins(story, day)};
  }

  private _notes(): string[] {
    const notes: string[] = [...this._export.notes, ...this._handout.notes];
    if (this.date && !isDay(this.date)) notes.push(this._dateNote());
    if (this.selected && !countries.has(this.selected)) notes.push(fill(this._strings.badSelected, {value: this.selected}));
    return notes;
  }

  private _dateNote(): string {
    const shown = this._story ? formatDate(this._openingDay(this._story), this._strings) : '';
    return fill(this._strings.badDate, {value: this.date ?? '', shown});
  }

  private _step(index: number): void {
    const event = this._story?.events[index];
    if (!event || index === this._view?.index) return;
    this.date = dayOf(event);
    this.dispatchEvent(new AlignmentDateChangeEvent({date: this.date}));
  }

  private _onStageFocus = (e: FocusEvent): void => {
    this._map.onFocusIn(e);
    this._tooltip.onFocus(e);
  };

  /** The tooltip's words for what it points at, on the day shown. */
  private _tipText(target: TipTarget): string | undefined {
    if (target.kind === 'place') {
      const story = this._story;
      return story && this._view ? this._pins(story, this._view.day).find((p) => p.id === target.key)?.label : undefined;
    }
    const country = target.kind === 'id' ? countries.get(target.key) : world.countries.find((c) => c.name === target.key);
    return country && this._look(country).label;
  }
}

// Defined only once: a page that loads the embed twice (two embeds, or one URL with a cache-busting query)
// keeps the first definition instead of throwing.
if (!customElements.get('alignment-map')) customElements.define('alignment-map', AlignmentMap);

declare global {
  interface HTMLElementTagNameMap {
    'alignment-map': AlignmentMap;
  }
}
