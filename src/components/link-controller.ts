import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {countries} from '../built-in.js';
import {fill, isolate, type Strings} from '../i18n/strings.js';
import {formatHash, parseHash, type Ignored} from '../model/hash.js';
import type {Story} from '../model/types.js';
import {linkOf, resolveLink, type View} from '../timeline/link.js';
import type {MenuItem} from '../views/toolbar.js';
import {shareView} from '../views/share.js';
import {shareStyles} from '../views/share.styles.js';
import type {MapController} from './map-controller.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    link?: string;
    date?: string;
    selected?: string;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

/** The styles of the Share item and of a linked quote, adopted when this chunk arrives. */
export const linkStyles = shareStyles;

/** The map that owns the page's address; a second map asking for it is told so. */
let owner: LinkController | undefined;

/**
 * Deep links and sharing, on a page whose author gives the element the address (`link="hash"`). The hash
 * follows the view: a reader's action pushes a history entry (a slider drag pushes one, when it starts, and
 * then replaces it), and a change the page makes replaces the entry. Opening a link, and back and forward,
 * restore the view and report in the notices what the link held that the story cannot show.
 */
export class LinkController implements ReactiveController {
  /** The quote a link opened, highlighted in its popup. */
  quote?: string;
  /** What the last link held that was ignored, in words. */
  notes: string[] = [];
  /** The Share item's result: "Link copied", or the link in a field to copy by hand. */
  status = '';
  fallback?: string;
  private quoteFor?: string;
  /** The view the page set before any link: what an address without a link shows. */
  private base: View = {};
  private active = false;
  private pending = false;
  private written = '';
  private intent?: 'push' | 'replace';
  private dragging = false;
  private scroll = false;

  constructor(
    private readonly host: Host,
    private readonly map: MapController,
    private readonly story: () => Story | null,
    private readonly opening: () => string,
    /** The interface strings now: the language may change, or arrive, after the controller. */
    private readonly words: () => Strings,
  ) {
    host.addController(this);
  }

  private get strings(): Strings {
    return this.words();
  }

  /** Whether this map carries its view in the address: the Share item is offered only then. */
  get on(): boolean {
    return this.active;
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
    if (!this.active) return;
    if (this.pending && this.story()) return this.restore();
    if (this.quote && (this.map.place ?? this.host.selected) !== this.quoteFor) this.quote = undefined;
    const hash = formatHash(linkOf(this.view(), this.story(), this.host.date ?? this.opening()));
    if (hash !== this.written) this.write(hash);
    if (this.scroll) this.reveal();
  }

  /** The toolbar's status of the Share item, when the map owns the address. */
  tools(): TemplateResult[] {
    return this.active ? [shareView(this.status, this.fallback, this.strings.copyBelow)] : [];
  }

  /** The Share item, when the map owns the address: a link elsewhere would not reopen this view. */
  menu(): MenuItem[] {
    return this.active ? [{id: 'share', label: this.strings.share, run: () => void this.share()}] : [];
  }

  /** The address of what is on screen now, day included. */
  url(): string {
    const day = this.host.date ?? this.opening();
    return location.href.replace(/#.*$/, '') + formatHash(linkOf({...this.view(), date: day}, this.story(), day));
  }

  /** Copies the link to this moment; where the clipboard is refused, shows it in a field, selected. */
  async share(): Promise<void> {
    const url = this.url();
    const t = this.strings;
    try {
      await navigator.clipboard.writeText(url);
      [this.status, this.fallback] = [t.copied, undefined];
    } catch {
      [this.status, this.fallback] = [t.copyBelow, url];
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The menu closed under the focus: it goes to the field to copy from, or back to the menu's button.
    const root = this.host.shadowRoot;
    (root?.querySelector<HTMLElement>('.share-link') ?? root?.querySelector<HTMLElement>('[aria-controls="more-menu"]'))?.focus();
  }

  private view(): View {
    return {date: this.host.date, country: this.map.selectedCountry, place: this.map.place, quote: this.quote};
  }

  private sync(): void {
    const wanted = this.host.link === 'hash' && this.host.isConnected;
    if (wanted && !this.active && (!owner || owner === this)) this.start();
    else if (!wanted && this.active) this.stop();
    else if (wanted && !this.active && !this.notes.length) this.notes = [this.strings.linkTaken];
  }

  private start(): void {
    owner = this;
    this.active = this.pending = true;
    this.base = {date: this.host.date, country: this.host.selected};
    this.notes = [];
    addEventListener('popstate', this.onPop);
    addEventListener('hashchange', this.onPop);
    const root = this.host.renderRoot;
    for (const type of ['click', 'keydown', 'input', 'change']) root.addEventListener(type, this.onReader, true);
    this.host.requestUpdate();
  }

  private stop(): void {
    if (owner === this) owner = undefined;
    this.active = false;
    removeEventListener('popstate', this.onPop);
    removeEventListener('hashchange', this.onPop);
    for (const type of ['click', 'keydown', 'input', 'change']) this.host.renderRoot.removeEventListener(type, this.onReader, true);
  }

  /** Applies the address's link: the view it names, and notes for what it could not. */
  private restore(): void {
    const story = this.story();
    if (!story) return;
    this.pending = false;
    const parsed = parseHash(location.hash);
    const empty = !Object.keys(parsed.link).length;
    const resolved = resolveLink(parsed.link, story, (id) => countries.has(id), this.opening());
    const [view, ignored] = [empty ? this.base : resolved.view, resolved.ignored];
    this.notes = [...parsed.ignored, ...ignored].map((i) => this.note(i));
    this.host.date = view.date;
    this.host.selected = view.country;
    this.map.place = view.place;
    this.quote = view.quote;
    this.quoteFor = view.place ?? view.country;
    this.scroll = Boolean(view.quote);
    // What was read counts as written: reading a link adds no history entry. A link that held something
    // unusable is rewritten (replaced) to the view shown, so a copied address no longer carries it.
    this.written = parsed.ignored.length || ignored.length ? '#?' : formatHash(linkOf(view, story, view.date ?? this.opening()));
    this.host.requestUpdate();
  }

  private write(hash: string): void {
    const address = location.href.replace(/#.*$/, '') + hash;
    if (this.intent === 'push') history.pushState(null, '', address);
    else history.replaceState(history.state, '', address);
    this.written = hash;
    if (this.intent === 'push') this.intent = 'replace';
    this.status = '';
    this.fallback = undefined;
  }

  /** Scrolls the linked quote into view, inside its popup and the page, once the popup is drawn. */
  private reveal(): void {
    const figure = [...(this.host.shadowRoot?.querySelectorAll('.quote') ?? [])].find((f) => f.getAttribute('data-quote') === this.quote);
    if (!figure) return;
    this.scroll = false;
    figure.scrollIntoView({block: 'nearest'});
  }

  private note({key, value, reason}: Ignored): string {
    const t = this.strings;
    const template = {invalid: t.linkInvalid, unknown: t.linkUnknown, repeated: t.linkRepeated, long: t.linkLong, key: t.linkKey}[reason];
    return fill(template, {key: isolate(key), value: isolate(value)});
  }

  private readonly onPop = (): void => {
    this.pending = true;
    this.host.requestUpdate();
  };

  /**
   * Marks a change as the reader's, until the task that made it ends (Lit updates in a microtask, before the
   * timeout). A slider drag pushes one entry when it starts and replaces it until `change` settles it.
   */
  private readonly onReader = (e: Event): void => {
    const slider = e.type === 'input' || e.type === 'change';
    if (e.type === 'change') this.dragging = false;
    else this.intent = slider && this.dragging ? 'replace' : 'push';
    if (e.type === 'input') this.dragging = true;
    if (!slider) this.dragging = false;
    setTimeout(() => {
      if (!this.dragging) this.intent = undefined;
    });
  };
}
