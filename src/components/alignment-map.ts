import {Task, TaskStatus} from '@lit/task';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {AlignmentCountrySelectEvent, AlignmentDateChangeEvent} from '../events.js';
import {formatDate, formatRange} from '../i18n/format.js';
import {en, fill, isolate, type Strings} from '../i18n/strings.js';
import type {Issue} from '../model/check.js';
import {isDay} from '../model/dates.js';
import {fetchStory, StoryError, TIMEOUT_MS} from '../model/load.js';
import type {Alignment, Story} from '../model/types.js';
import type {Validation} from '../model/validate.js';
import {navigationKeys, neighbour} from '../geo/navigate.js';
import {projectPoint} from '../geo/project.js';
import type {WorldCountry} from '../geo/world.js';
import {countryDetails, quoteDetails} from '../timeline/describe.js';
import {alignmentsAt, claimsOf, dayOf, legendOf, pinsAt, stepAt} from '../timeline/state.js';
import {stepBy, yearTicks} from '../timeline/ticks.js';
import {captionView} from '../views/caption.js';
import {sourceLink} from '../views/links.js';
import {legendView} from '../views/legend.js';
import {noticesView} from '../views/notices.js';
import {popupView, type PopupProps} from '../views/popup.js';
import {timelineView} from '../views/timeline.js';
import type {CountryView} from '../views/countries.js';
import {worldView} from '../views/world.js';
import {builtInStory, centres, countries, known, world} from '../built-in.js';
import {styles} from './alignment-map.styles.js';

/** What the map shows on its current day, derived once per update. */
interface DayView {
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

  @state() private _story: Story | null = null;
  @state() private _errors: Issue[] = [];
  @state() private _retryable = false;
  @state() private _place?: string;
  @state() private _focus?: string;
  /** What the tooltip names: a country id, an unnamed area's name, or a place; its text follows the day. */
  @state() private _tip?: {kind: 'id' | 'name' | 'place'; key: string; edge: string};

  private readonly _strings: Strings = en;
  private _view?: DayView;
  private _loadedFrom?: string;
  private _opener?: Element | null;
  private _tipAt: [number, number] = [0, 0];

  private readonly _loader = new Task(this, {
    task: ([src], {signal}) => (src ? fetchStory(src, {countries: known}, signal, this.timeout) : Promise.resolve(null)),
    args: () => [this.src] as const,
    onComplete: (result) => {
      if (result) this._accept(result, this.src ?? '');
    },
    onError: (error) => this._reject(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A map moved in the page was disconnected mid-load: load again rather than wait for nothing.
    if (this.src && this._loadedFrom !== this.src && this.hasUpdated) void this._loader.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._loader.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.src && this._loadedFrom !== '') this._accept(builtInStory(), '');
    if (changed.has('date') && this.date && !isDay(this.date)) console.warn(`<alignment-map> ${this._dateNote()}`);
    const story = this._story;
    if (!story) return;
    const day = this.date && isDay(this.date) ? this.date : this._openingDay(story);
    if (this._view?.day !== day || changed.has('_story' as keyof AlignmentMap))
      this._view = {day, index: stepAt(story.events, day), alignments: alignmentsAt(story, day)};
    // One popup at a time, and the attribute wins: a page that selects a country closes a pin's popup, and a
    // pin whose words are not yet spoken on the new day closes its own.
    if ((changed.has('selected') && this.selected) || (this._place && !pinsAt(story, day).some((p) => p.place.id === this._place))) this._place = undefined;
  }

  protected override render(): TemplateResult {
    const story = this._story;
    const t = this._strings;
    const involved = story && this._view ? (story.events[this._view.index]?.countries ?? []) : [];
    const busy = this._loader.status === TaskStatus.PENDING;
    return html`<div class="frame" aria-busy=${busy ? 'true' : 'false'} lang=${t.lang} dir=${t.dir}>
      ${story ? html`<div class="story" part="header"><h2>${story.title}</h2><p>${story.intro}</p></div>` : nothing}
      <div class="stage" @click=${this._onMapClick} @keydown=${this._onMapKey} @focusin=${this._onMapFocus} @focusout=${this._onMapBlur}
        @pointermove=${this._onPointer} @pointerleave=${this._onMapBlur}>
        ${worldView({
          world,
          label: fill(t.mapLabel, {date: this._view ? formatDate(this._view.day, this._strings) : ''}),
          look: (country) => this._look(country, involved),
          focus: this._focus ?? this._selectedCountry ?? involved[0] ?? countries.keys().next().value,
          selected: this._selectedCountry,
          pins: story && this._view ? this._pins(story, this._view.day) : [],
        })}
        ${this._tipView(story)}
        ${story ? this._popup(story) : this._errors.length ? nothing : html`<p class="loading">${t.loading}</p>`}
      </div>
      ${noticesView({
        errors: this._errors,
        kept: story !== null,
        retryable: this._retryable,
        onRetry: () => void this._loader.run(),
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

  /** The tooltip is placed through the CSSOM, which a strict Content-Security-Policy allows, unlike a style attribute. */
  protected override updated(): void {
    const tip = this.shadowRoot?.querySelector<HTMLElement>('.tip');
    if (tip) tip.style.translate = `${this._tipAt[0]}px ${this._tipAt[1]}px`;
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
    const alignment = this._alignmentOf(country);
    const bloc = alignment && this._story?.blocs.find((b) => b.id === alignment.bloc);
    const label = `${country.name}: ${bloc ? isolate(bloc.label) : t.noBlocShort}`;
    return {bloc: bloc?.id ?? 'none', colour: bloc?.colour, label, involved: involved.includes(country.id)};
  }

  /** A territory takes the colour of the state it belongs to. */
  private _alignmentOf(country: WorldCountry): Alignment | undefined {
    const alignments = this._view?.alignments;
    if (!alignments || country.id === null) return undefined;
    return alignments.get(country.id) ?? (country.sovereign ? alignments.get(country.sovereign) : undefined);
  }

  private _pins(story: Story, day: string) {
    return pinsAt(story, day).map(({place, quotes}) => {
      const [x, y] = projectPoint(world.projection, place.coordinates);
      return {id: place.id, x, y, label: `${fill(this._strings.pinLabel, {place: isolate(place.name)})} (${quotes.length})`};
    });
  }

  private _popup(story: Story): TemplateResult | typeof nothing {
    const view = this._view;
    if (!view) return nothing;
    const common = {strings: this._strings, onClose: () => this._close()};
    const side = (x: number): PopupProps['side'] => (x < world.width / 2 ? 'right' : 'left');
    const place = this._place ? pinsAt(story, view.day).find((pin) => pin.place.id === this._place) : undefined;
    if (place) {
      const [x] = projectPoint(world.projection, place.place.coordinates);
      const quotes = place.quotes.map((q) => quoteDetails(story, q, this._strings));
      return popupView({...common, heading: fill(this._strings.pinLabel, {place: place.place.name}), side: side(x), quotes, sayNoQuotes: false});
    }
    const country = this._selectedCountry ? countries.get(this._selectedCountry) : undefined;
    if (!country?.id) return nothing;
    const details = countryDetails(story, view.day, country.id, this._alignmentOf(country), this._strings);
    const date = formatDate(view.day, this._strings);
    const sovereign = country.sovereign ? countries.get(country.sovereign)?.name : undefined;
    return popupView({
      ...common,
      heading: country.name,
      subheading: sovereign ? fill(this._strings.partOf, {country: sovereign}) : undefined,
      side: side(country.c[0]),
      bloc: {bloc: details.bloc, reason: details.reason, source: details.source, label: fill(this._strings.bloc, {date})},
      memberships: {label: fill(this._strings.memberships, {date}), items: details.memberships},
      quotes: details.quotes,
      later: details.later,
      sayNoQuotes: true,
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

  private _accept(result: Validation, from: string): void {
    this._loadedFrom = from;
    if (!result.story) return this._reject(new StoryError(result.errors, false));
    for (const warning of result.warnings) console.warn(`<alignment-map> ${warning.path}: ${warning.message}`);
    this._story = result.story;
    this._errors = [];
  }

  private _reject(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const issues = error instanceof StoryError ? error.issues : [{path: '', message: String(error)}];
    this._errors = issues;
    this._retryable = error instanceof StoryError ? error.retryable : true;
    for (const issue of issues) console.error(`<alignment-map> ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
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
    if (!id || target.tagName !== 'path') return;
    this._focus = id;
    // Only for keyboard focus: a popup closed with the mouse returns focus here too, and needs no tooltip.
    if (!target.matches(':focus-visible')) return;
    const box = target.getBoundingClientRect();
    const stage = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this._showTip(target, box.left + box.width / 2 - stage.left, box.top - stage.top, stage.width);
  };

  private _onMapBlur = (): void => {
    this._tip = undefined;
  };

  /** A tooltip that follows a mouse or pen; touch has the popup instead. */
  private _onPointer = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const target = (e.target as Element).closest('[data-id], [data-name], [data-place]');
    if (!target) return void (this._tip = undefined);
    const stage = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this._showTip(target, e.clientX - stage.left, e.clientY - stage.top, stage.width);
  };

  private _showTip(target: Element, x: number, y: number, width: number): void {
    const [id, name, place] = ['data-id', 'data-name', 'data-place'].map((a) => target.getAttribute(a));
    const key = id ? {kind: 'id' as const, key: id} : name ? {kind: 'name' as const, key: name} : place ? {kind: 'place' as const, key: place} : undefined;
    // Near an edge the tooltip hangs inward, and near the top it drops below the pointer, so it never leaves the map.
    const edge = `${x < width * 0.2 ? 'start' : x > width * 0.8 ? 'end' : 'middle'} ${y < 40 ? 'below' : 'above'}`;
    this._tipAt = [x, y];
    this._tip = key && {...key, edge};
    this.shadowRoot?.querySelector<HTMLElement>('.tip')?.style.setProperty('translate', `${x}px ${y}px`);
  }

  private _tipView(story: Story | null): TemplateResult | typeof nothing {
    const tip = this._tip;
    if (!tip) return nothing;
    const country = tip.kind === 'id' ? countries.get(tip.key) : tip.kind === 'name' ? world.countries.find((c) => c.name === tip.key) : undefined;
    const pin = tip.kind === 'place' && story && this._view ? this._pins(story, this._view.day).find((p) => p.id === tip.key) : undefined;
    const text = country ? this._look(country).label : pin?.label;
    return text ? html`<div class="tip ${tip.edge}" aria-hidden="true">${text}</div>` : nothing;
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
