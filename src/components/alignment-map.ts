import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {AlignmentCountrySelectEvent, AlignmentDateChangeEvent} from '../events.js';
import {formatDate, formatRange} from '../i18n/format.js';
import {en, fill, isolate, type Strings} from '../i18n/strings.js';
import {isDay} from '../model/dates.js';
import {TIMEOUT_MS} from '../model/load.js';
import type {Alignment, Story} from '../model/types.js';
import {navigationKeys, neighbour} from '../geo/navigate.js';
import {projectPoint} from '../geo/project.js';
import type {WorldCountry} from '../geo/world.js';
import {alignmentOf, alignmentsAt, claimsOf, dayOf, legendOf, pinsAt, stepAt} from '../timeline/state.js';
import {stepBy, yearTicks} from '../timeline/ticks.js';
import {captionView} from '../views/caption.js';
import {sourceLink} from '../views/links.js';
import {legendView} from '../views/legend.js';
import {noticesView} from '../views/notices.js';
import {timelineView} from '../views/timeline.js';
import type {CountryView} from '../views/countries.js';
import {worldView} from '../views/world.js';
import {centres, countries, world} from '../built-in.js';
import {styles} from './alignment-map.styles.js';
import {StoryController} from './story-controller.js';
import {storyPopup} from './story-popup.js';
import {TooltipController, type TipTarget} from './tooltip-controller.js';

/** What the map shows on its current day, derived once per update. */
interface DayView {
  story: Story;
  day: string;
  index: number;
  alignments: Map<string, Alignment[]>;
}

/**
 * An interactive world map that colours countries by bloc on a date, with a timeline of the story's events
 * and popups that carry its quotes.
 *
 * @fires alignment-date-change - The reader moved the timeline; `detail.date` is the new `YYYY-MM-DD`.
 * @fires alignment-country-select - The reader opened a country's popup; `detail.id` and `detail.name`.
 *
 * @csspart timeline - The slider row. @csspart caption - The current event. @csspart legend - The bloc key.
 * @csspart header - The story's title and intro. @csspart footer - Credits and notes.
 * @csspart popup - A country's or a pin's dialog. @csspart error - Errors and notices. @csspart button - Every button.
 *
 * @cssprop --alignment-font - Font family. @cssprop --alignment-ink - Text colour. @cssprop --alignment-paper - Background.
 * @cssprop --alignment-muted - Secondary text. @cssprop --alignment-line - Rules and borders.
 * @cssprop --alignment-neutral - Countries in no bloc.
 * @cssprop --alignment-border - Borders between countries. @cssprop --alignment-accent - Outlines and pins.
 * @cssprop --alignment-focus - Focus rings and the selected country.
 */
@customElement('alignment-map')
export class AlignmentMap extends LitElement {
  static override styles = styles;

  /** URL of a story JSON file. Absent: the built-in story, which needs nothing from the server. */
  @property() src?: string;

  /** The day shown, `YYYY-MM-DD`: the map shows the latest event on or before it. Absent: the story's opening event. */
  @property({reflect: true}) date?: string;

  /** ISO 3166-1 numeric id (`"586"`) of the country whose popup is open. */
  @property({reflect: true}) selected?: string;

  /** Milliseconds to wait for a `src` before giving up with a message and a Retry button. */
  @property({type: Number}) timeout = TIMEOUT_MS;

  @state() private _place?: string;
  @state() private _focus?: string;

  private readonly _strings: Strings = en;
  private _view?: DayView;
  private _opener?: Element | null;
  private readonly _tooltip = new TooltipController(this, (target) => this._tipText(target));

  private readonly _loader = new StoryController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._loader.sync();
    if (changed.has('date') && this.date && !isDay(this.date)) console.warn(`<alignment-map> ${this._dateNote()}`);
    const story = this._story;
    if (!story) return;
    const day = this.date && isDay(this.date) ? this.date : this._openingDay(story);
    if (this._view?.day !== day || this._view.story !== story)
      this._view = {story, day, index: stepAt(story.events, day), alignments: alignmentsAt(story, day)};
    // One popup at a time, and the attribute wins: a page that selects a country closes a pin's popup, and a
    // pin whose words are not yet spoken on the new day closes its own.
    if ((changed.has('selected') && this.selected) || (this._place && !pinsAt(story, day).some((p) => p.place.id === this._place))) this._place = undefined;
  }

  protected override render(): TemplateResult {
    const story = this._story;
    const t = this._strings;
    const involved = story && this._view ? (story.events[this._view.index]?.countries ?? []) : [];
    const busy = this._loader.busy;
    return html`<div class="frame" aria-busy=${busy ? 'true' : 'false'} lang=${t.lang} dir=${t.dir}>
      ${story ? html`<div class="story" part="header"><h2>${story.title}</h2><p>${story.intro}</p></div>` : nothing}
      <div class="stage" @click=${this._onMapClick} @keydown=${this._onMapKey} @focusin=${this._onMapFocus} @focusout=${this._tooltip.hide}
        @pointermove=${this._tooltip.onPointer} @pointerleave=${this._tooltip.hide}>
        ${worldView({
          world,
          label: fill(t.mapLabel, {date: this._view ? formatDate(this._view.day, this._strings) : ''}),
          look: (country) => this._look(country, involved),
          focus: this._focus ?? this._selectedCountry ?? involved[0] ?? countries.keys().next().value,
          selected: this._selectedCountry,
          pins: story && this._view ? this._pins(story, this._view.day) : [],
        })}
        ${this._tooltip.render()}
        ${story && this._view
          ? storyPopup({...this._view, place: this._place, country: this._selectedCountry, strings: t, onClose: () => this._close()})
          : this._loader.errors.length
            ? nothing
            : html`<p class="loading">${t.loading}</p>`}
      </div>
      ${noticesView({
        errors: this._loader.errors,
        kept: story !== null,
        retryable: this._loader.retryable,
        onRetry: () => this._loader.retry(),
        notes: this._notes(),
        strings: t,
      })}
      ${story && this._view ? this._storyParts(story, this._view) : nothing}
      <div class="footer" part="footer">
        <p>${t.bordersNote}</p>
        <p>${t.credits} ${story ? html`${t.storyFrom} ${sourceLink({label: story.source.outlet, url: story.source.url})}, ${story.source.author}.` : nothing}</p>
      </div>
    </div>`;
  }

  private _storyParts(story: Story, view: DayView): TemplateResult {
    const event = story.events[view.index];
    return html`${legendView(legendOf(story, view.alignments), this._strings)}
      ${timelineView({
        events: story.events,
        index: view.index,
        ticks: yearTicks(story.events),
        label: this._strings.timelineLabel,
        previous: this._strings.previous,
        next: this._strings.next,
        valueText: (i) => {
          const e = story.events[i];
          return e ? `${formatRange(e.date, e.end, this._strings)}: ${e.title}` : '';
        },
        onStep: (i) => this._step(stepBy(i, 0, story.events.length)),
        before: this._strings.before,
      })}
      ${captionView({
        event,
        index: view.index,
        total: story.events.length,
        when: event ? formatRange(event.date, event.end, this._strings) : '',
        claims: event ? claimsOf(story, event.id) : [],
        strings: this._strings,
      })}`;
  }

  private get _story(): Story | null {
    return this._loader.story;
  }

  private get _selectedCountry(): string | undefined {
    return this.selected && countries.has(this.selected) ? this.selected : undefined;
  }

  private _openingDay(story: Story): string {
    const opening = story.events.find((e) => e.id === story.opening) ?? story.events.at(-1);
    return opening ? dayOf(opening) : '';
  }

  private _look(country: WorldCountry, involved: readonly string[] = []): CountryView {
    const t = this._strings;
    if (country.id === null) return {bloc: 'none', label: `${country.name}: ${t.noId}`};
    const alignment = this._view && alignmentOf(this._view.alignments, country)[0];
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

  private _notes(): string[] {
    const notes: string[] = [];
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

  private _select(id: string): void {
    const country = countries.get(id);
    if (!country) return;
    this._opener = this.shadowRoot?.activeElement ?? this.shadowRoot?.querySelector(`path[data-id="${id}"]`);
    this._place = undefined;
    this.selected = id;
    this._focus = id;
    this.dispatchEvent(new AlignmentCountrySelectEvent({id, name: country.name}));
    void this._focusPopup();
  }

  private _openPlace(id: string): void {
    this._opener = this.shadowRoot?.querySelector(`.pin[data-place="${CSS.escape(id)}"]`);
    this.selected = undefined;
    this._place = id;
    void this._focusPopup();
  }

  /** Focus moves after the popup's first frame: focusing at once would force a layout of its own. */
  private async _focusPopup(): Promise<void> {
    await this.updateComplete;
    requestAnimationFrame(() => {
      const popup = this.shadowRoot?.querySelector<HTMLElement>('.popup');
      popup?.focus({preventScroll: true});
      if (popup && getComputedStyle(popup).position === 'static') popup.scrollIntoView({block: 'nearest'});
    });
  }

  private async _close(): Promise<void> {
    const opener = this._opener;
    this.selected = undefined;
    this._place = undefined;
    await this.updateComplete;
    if (opener?.isConnected && opener instanceof SVGElement) opener.focus();
  }

  private _onMapClick = (e: Event): void => {
    const target = e.target as Element;
    const pin = target.closest('.pin');
    if (pin) return this._openPlace(pin.getAttribute('data-place') ?? '');
    const id = target.closest('[data-id]')?.getAttribute('data-id');
    if (id) {
      this._opener = this.shadowRoot?.querySelector(`path[data-id="${id}"]`);
      this._select(id);
    }
  };

  private _onMapFocus = (e: FocusEvent): void => {
    const target = e.target as Element;
    const id = target.getAttribute?.('data-id');
    if (id && target.tagName === 'path') this._focus = id;
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

  private _onMapKey = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    if (e.key === 'Escape' && (this.selected || this._place)) return void this._close();
    if (!target.closest('svg')) return;
    const pin = target.closest('.pin');
    const id = target.getAttribute('data-id');
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (pin) this._openPlace(pin.getAttribute('data-place') ?? '');
      else if (id) this._select(id);
      return;
    }
    const direction = navigationKeys[e.key];
    if (!direction || !id) return;
    e.preventDefault();
    const next = neighbour(centres, id, direction);
    if (next) void this._moveFocus(next);
  };

  private async _moveFocus(id: string): Promise<void> {
    this._focus = id;
    await this.updateComplete;
    this.shadowRoot?.querySelector<SVGElement>(`path[data-id="${id}"]`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alignment-map': AlignmentMap;
  }
}
