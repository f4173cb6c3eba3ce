import type {ReactiveControllerHost, TemplateResult} from 'lit';
import aka from '../../data/aka.json' with {type: 'json'};
import {world} from '../built-in.js';
import {findCountries, type Findable, type Found} from '../geo/search.js';
import {countryName} from '../i18n/names.js';
import type {Strings} from '../i18n/strings.js';
import {optionId, searchList} from '../views/search-list.js';

export {searchListStyles} from '../views/search-list.js';

type Host = ReactiveControllerHost & HTMLElement;

const others = aka.aka as Record<string, string[] | undefined>;

/** Every country a reader can open, with the other names that find it. */
const findable: Findable[] = world.countries.flatMap((c) => (c.id === null ? [] : [{id: c.id, name: c.name, aka: others[c.id]}]));

/**
 * The search box's state and keys, loaded on demand: the matches, whether the list is open, and the option the
 * arrow keys are on. The first match is on as soon as the list opens (the pattern's "automatic selection"), so
 * Enter opens it. Choosing a country hands its id to the element, which opens its popup as a click would.
 */
export class SearchBox {
  open = false;
  private query = '';
  private results: Found[] = [];
  private active = -1;
  /** The countries by their names in the interface's language, the English ones finding them too. */
  private findable = findable;
  private lang = 'en';

  constructor(
    private readonly host: Host,
    private readonly choose: (id: string) => void,
  ) {}

  /** The id of the option the arrow keys are on, for aria-activedescendant. */
  get activeId(): string | undefined {
    const found = this.open ? this.results[this.active] : undefined;
    return found && optionId(found.id);
  }

  search(query: string): void {
    this.query = query;
    this.results = query.trim() ? findCountries(this.findable, query) : [];
    this.show(this.results.length > 0, 0);
  }

  show(open: boolean, active = this.active): void {
    this.open = open;
    this.active = open ? active : -1;
    this.host.requestUpdate();
  }

  list(t: Strings): TemplateResult {
    if (t.lang !== this.lang) {
      this.lang = t.lang;
      this.findable = t.lang === 'en' ? findable : findable.map((f) => ({id: f.id, name: countryName(f, t), aka: [f.name, ...(f.aka ?? [])]}));
    }
    return searchList({query: this.query, results: this.results, open: this.open, active: this.active, strings: t, onChoose: (i) => this.pick(i)});
  }

  /** Keeps the option the arrow keys are on in view, scrolling the list only, never the page. */
  reveal(): void {
    const id = this.activeId;
    const list = this.host.shadowRoot?.querySelector<HTMLElement>('#find-list');
    const option = id ? list?.querySelector<HTMLElement>(`#${id}`) : undefined;
    if (!list || !option) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }

  readonly onKey = (e: KeyboardEvent): void => {
    const n = this.results.length;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      if (this.open) return e.altKey ? undefined : this.show(true, (this.active + step + n) % n);
      // An empty box lists every country, so the arrow keys alone can browse them.
      this.results = findCountries(this.findable, this.query);
      this.show(this.results.length > 0, e.altKey ? -1 : step > 0 ? 0 : this.results.length - 1);
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.pick(this.active);
    } else if (e.key === 'Escape' && (this.open || this.query)) {
      // Handled here, so that the element's Escape (which closes a popup) waits for the next press.
      e.preventDefault();
      if (this.open) this.show(false);
      else this.clear(e.target as HTMLInputElement);
    }
  };

  private clear(input: HTMLInputElement): void {
    input.value = '';
    this.search('');
  }

  private pick(index: number): void {
    const found = this.results[index];
    const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('.find input');
    if (!found) return;
    if (input) input.value = this.query = found.name;
    this.show(false);
    this.choose(found.id);
  }
}
