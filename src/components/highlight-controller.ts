import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {countries} from '../built-in.js';
import {formatCount, formatList} from '../i18n/format.js';
import {countryName} from '../i18n/names.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {Alignment} from '../model/types.js';
import type {LegendEntry} from '../timeline/state.js';
import {legendView} from '../views/legend.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Picks countries out on the map by dimming the others: a legend entry's while a reader hovers or focuses it
 * (or after pressing it, for touch), or the countries a comparison found. It writes one rule to a constructed
 * style sheet and a class on the stage, matching the `data-bloc` and `data-id` the map already carries, so
 * that hovering re-renders nothing; a constructed sheet is allowed by a strict Content-Security-Policy.
 */
export class HighlightController implements ReactiveController {
  /** The legend entry a reader pressed: it stays picked out until pressed again. */
  pressed?: string;
  private hovered?: string;
  private compared?: readonly string[];
  private sheet?: CSSStyleSheet;
  /** The rule in force: none until something is picked out, so a map nobody points at builds no sheet. */
  private rule = '';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Picks out the countries that changed between two dates; undefined ends it. */
  compare(ids: readonly string[] | undefined): void {
    this.compared = ids;
    this.apply();
  }

  /** The legend, with entries that pick out their countries. */
  legend(entries: readonly LegendEntry[], alignments: ReadonlyMap<string, readonly Alignment[]>, t: Strings, shown: {striped: boolean; ringed: boolean}): TemplateResult {
    if (this.pressed && this.pressed !== 'none' && !entries.some((e) => e.bloc.id === this.pressed)) this.pressed = undefined;
    const names = (bloc: string) =>
      [...alignments.values()]
        .flat()
        .filter((a) => a.bloc === bloc)
        .map((a) => {
          const country = countries.get(a.country);
          return country ? countryName(country, t) : a.country;
        })
        .sort((a, b) => a.localeCompare(b, t.lang));
    return legendView({
      entries,
      strings: t,
      shown,
      pressed: this.pressed,
      describe: (bloc) => {
        if (bloc === 'none') return t.legendShowsNone;
        const members = names(bloc);
        return fill(t.legendShows, {n: formatCount(members.length, t), names: formatList(members, t)});
      },
      onHover: (bloc) => {
        this.hovered = bloc;
        this.apply();
      },
      onPress: (bloc) => {
        this.pressed = this.pressed === bloc ? undefined : bloc;
        this.host.requestUpdate();
      },
    });
  }

  hostUpdated(): void {
    this.apply();
  }

  private apply(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const bloc = this.hovered ?? this.pressed;
    const picked =
      // A country in two groups at once is picked out by either: its second group is in data-also.
      bloc !== undefined ? `:is([data-bloc="${CSS.escape(bloc)}"], [data-also~="${CSS.escape(bloc)}"])` : this.compared && (this.compared.map((id) => `[data-id="${CSS.escape(id)}"]`).join() || '.none');
    root.querySelector('.stage')?.classList.toggle('highlighting', Boolean(picked));
    const rule = picked ? `.stage.highlighting :is(.country, .dot):not(${picked}) { opacity: 0.2; }` : '';
    if (rule === this.rule) return;
    this.rule = rule;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(rule);
  }
}
