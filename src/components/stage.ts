import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {countries, world} from '../built-in.js';
import {formatDate} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import type {Look} from '../views/countries.js';
import {type DayView, pinsOn} from '../views/day.js';
import {worldView} from '../views/world.js';
import type {MapController} from './map-controller.js';
import {storyPopup} from './story-popup.js';
import type {TableController} from './table-controller.js';
import {TooltipController, type TipTarget} from './tooltip-controller.js';
import type {ZoomController} from './zoom-controller.js';

/** The story on its day, once both have arrived. */
export interface Ready {
  story: Story;
  view: DayView;
}

/** What the stage draws over besides the map: the parts other controllers own. */
export interface StageParts {
  map: MapController;
  zoom: ZoomController;
  table: TableController;
  /** How the countries look on the day under the lens chosen. */
  look: (view: DayView) => Look;
}

/**
 * The stage: the map with its tooltip, zoom buttons, popup and table, and the pointer, focus and key
 * listeners they share. Its listeners are made once, so that a timeline step re-binds none of them.
 */
export class Stage {
  private readonly tooltip: TooltipController;
  private ready?: Ready;
  private strings?: Strings;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly parts: StageParts,
  ) {
    this.tooltip = new TooltipController(host, (target) => this.tipText(target));
  }

  render(
    ready: Ready | undefined,
    o: {strings: Strings; quote?: string; translations?: (id: string) => string | undefined; loading: boolean},
  ): TemplateResult {
    this.ready = ready;
    this.strings = o.strings;
    const t = o.strings;
    const {map: m, zoom, table} = this.parts;
    const involved = ready ? (ready.story.events[ready.view.index]?.countries ?? []) : [];
    return html`<div class="stage" @click=${m.onClick} @keydown=${this.onKey} @focusin=${this.onFocus} @focusout=${this.tooltip.hide}
      @pointermove=${this.tooltip.onPointer} @pointerleave=${this.tooltip.hide}>
      ${worldView({
        world,
        label: fill(t.mapLabel, {date: ready ? formatDate(ready.view.day, t) : ''}),
        look: ready ? this.parts.look(ready.view) : () => ({bloc: 'none', label: ''}),
        focus: m.focus ?? m.selectedCountry ?? involved[0] ?? countries.keys().next().value,
        selected: m.selectedCountry,
        pins: ready ? pinsOn(ready.story, ready.view.day, world, t) : [],
      })}
      ${this.tooltip.render()} ${zoom.renderOverlay()}
      ${ready
        ? storyPopup({...ready.view, place: m.place, country: m.selectedCountry, quote: o.quote, translations: o.translations, strings: t, onClose: () => void m.close()})
        : o.loading
          ? html`<p class="loading">${t.loading}</p>`
          : nothing}
      ${table.render(ready && {story: ready.story, day: ready.view.day, alignments: ready.view.alignments, strings: t})}
    </div>`;
  }

  private readonly onFocus = (e: FocusEvent): void => {
    this.parts.map.onFocusIn(e);
    this.tooltip.onFocus(e);
    // Only the keyboard's walk pans: a click on the visible edge of a large country leaves the map where it is.
    const target = e.target as Element;
    if (target.matches?.('[data-id]:focus-visible')) this.parts.zoom.reveal(target.getAttribute('data-id')!);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    this.parts.map.onKey(e);
    this.parts.zoom.onKey(e);
  };

  /** The tooltip's words for what it points at, on the day shown. */
  private tipText(target: TipTarget): string | undefined {
    const ready = this.ready;
    if (!ready || !this.strings) return undefined;
    if (target.kind === 'place') return pinsOn(ready.story, ready.view.day, world, this.strings).find((p) => p.id === target.key)?.label;
    const country = target.kind === 'id' ? countries.get(target.key) : world.countries.find((c) => c.name === target.key);
    return country && this.parts.look(ready.view)(country).label;
  }
}
