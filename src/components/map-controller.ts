import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {centres, countries} from '../built-in.js';
import {AlignmentCountrySelectEvent} from '../events.js';
import {navigationKeys, neighbour} from '../geo/navigate.js';

/** What the controller reads from and writes to its element. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    selected?: string;
  };

/**
 * How a reader works the map: a click, a tap or Enter opens a country's or a pin's popup; the arrow keys walk
 * between countries; Escape, anywhere in the element, closes the popup and returns focus to what opened it.
 * The element owns `selected` (a country); this controller owns the open pin and the map's one tab stop.
 */
export class MapController implements ReactiveController {
  /** The pin whose popup is open: it wins over a selected country. */
  place?: string;
  /** The country that holds the map's single tab stop, once a reader has moved it. */
  focus?: string;
  private opener?: Element | null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onEscape);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onEscape);
  }

  /** Whether a popup is open. */
  get open(): boolean {
    return Boolean(this.place || this.selectedCountry);
  }

  /** The selected country, when it is one the map has. */
  get selectedCountry(): string | undefined {
    const id = this.host.selected;
    return id && countries.has(id) ? id : undefined;
  }

  /** Opens a country's popup, as a reader did: fires alignment-country-select. */
  select(id: string): void {
    const country = countries.get(id);
    if (!country) return;
    this.opener = this.root?.activeElement ?? this.root?.querySelector(`path[data-id="${id}"]`);
    this.place = undefined;
    this.host.selected = id;
    this.focus = id;
    this.host.dispatchEvent(new AlignmentCountrySelectEvent({id, name: country.name}));
    void this.focusPopup();
  }

  /** Opens a pin's popup. */
  openPlace(id: string): void {
    this.opener = this.root?.querySelector(`.pin[data-place="${CSS.escape(id)}"]`);
    this.host.selected = undefined;
    this.place = id;
    this.host.requestUpdate();
    void this.focusPopup();
  }

  /** Closes whichever popup is open and gives focus back to what opened it. */
  async close(): Promise<void> {
    const opener = this.opener;
    this.host.selected = undefined;
    this.place = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The opener may be a country, or the search box or a table row that opened it.
    if (opener?.isConnected && (opener instanceof SVGElement || opener instanceof HTMLElement)) opener.focus();
  }

  /** A pin that says nothing yet on the day shown, or a country selected by the page, closes the pin's popup. */
  keepPlace(spoken: (place: string) => boolean, pageSelected: boolean): void {
    if (pageSelected || (this.place && !spoken(this.place))) this.place = undefined;
  }

  readonly onClick = (e: Event): void => {
    const target = e.target as Element;
    const pin = target.closest('.pin');
    if (pin) return this.openPlace(pin.getAttribute('data-place') ?? '');
    const id = target.closest('[data-id]')?.getAttribute('data-id');
    if (!id) return;
    this.opener = this.root?.querySelector(`path[data-id="${id}"]`);
    this.select(id);
  };

  /** Records which country holds the tab stop as focus moves. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const target = e.target as Element;
    const id = target.getAttribute?.('data-id');
    if (id && target.tagName === 'path') this.focus = id;
  };

  readonly onKey = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    if (!target.closest('svg')) return;
    const pin = target.closest('.pin');
    const id = target.getAttribute('data-id');
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (pin) this.openPlace(pin.getAttribute('data-place') ?? '');
      else if (id) this.select(id);
      return;
    }
    const direction = navigationKeys[e.key];
    if (!direction || !id) return;
    e.preventDefault();
    const next = neighbour(centres, id, direction);
    if (next) void this.moveFocus(next);
  };

  /** Escape closes the popup wherever focus is in the element, even after Tab has left the popup. */
  private readonly onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open || e.defaultPrevented) return;
    e.preventDefault();
    void this.close();
  };

  /** Focus moves after the popup's first frame: focusing at once would force a layout of its own. */
  private async focusPopup(): Promise<void> {
    await this.host.updateComplete;
    requestAnimationFrame(() => {
      const popup = this.root?.querySelector<HTMLElement>('.popup');
      popup?.focus({preventScroll: true});
    });
  }

  private async moveFocus(id: string): Promise<void> {
    this.focus = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.root?.querySelector<SVGElement>(`path[data-id="${id}"]`)?.focus();
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }
}
