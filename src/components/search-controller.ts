import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {nothing} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {searchView} from '../views/search.js';
import {adoptStyles, OnDemand} from './on-demand.js';
import type {SearchBox} from './search-box.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finding a country by name: the toolbar's search box, and a letter typed on the focused map, which starts a
 * search with it. The box is drawn with the map; its list and logic are a chunk, fetched when the browser is
 * idle or when a reader comes near the box, whichever is first.
 */
export class SearchController implements ReactiveController {
  private box?: SearchBox;
  private readonly chunk: OnDemand<typeof import('./search-box.js')>;

  constructor(
    private readonly host: Host,
    private readonly choose: (id: string) => void,
  ) {
    this.chunk = new OnDemand(host, 'the search', () => import('./search-box.js'));
    host.addController(this);
  }

  /** Why the search could not be loaded, for the notices. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onMapKey);
    this.chunk.whenIdle();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onMapKey);
    this.box?.show(false);
  }

  hostUpdated(): void {
    this.box?.reveal();
  }

  render(t: Strings): TemplateResult {
    const box = this.box ?? this.made();
    return searchView({
      strings: t,
      open: Boolean(box?.open),
      active: box?.activeId,
      list: box?.list(t) ?? nothing,
      onInput: (e) => void this.search((e.target as HTMLInputElement).value),
      onKey: (e) => box?.onKey(e),
      onNear: () => void this.chunk.get(),
      onLeave: () => box?.show(false),
    });
  }

  /** The box, once its chunk has arrived. */
  private made(): SearchBox | undefined {
    const module = this.chunk.module;
    if (!module) return undefined;
    adoptStyles(this.host.shadowRoot, module.searchListStyles);
    return (this.box = new module.SearchBox(this.host, this.choose));
  }

  /** Searches once the chunk is here: a reader who types before it arrives loses nothing. */
  private async search(query: string): Promise<void> {
    await this.chunk.get();
    (this.box ?? this.made())?.search(query);
  }

  /** A letter typed on the focused map starts a search with it; other keys stay the map's (arrows, zoom). */
  private readonly onMapKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0];
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || !/^\p{L}$/u.test(e.key)) return;
    if (!(target instanceof Element) || !target.closest('svg.map')) return;
    const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('.find input');
    if (!input) return;
    e.preventDefault();
    input.value = e.key;
    input.focus();
    void this.search(e.key);
  };
}
