import type {ReactiveControllerHost, TemplateResult} from 'lit';
import {world} from '../built-in.js';
import type {WorldCountry} from '../geo/world.js';
import {countryName} from '../i18n/names.js';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {changesBetween, countriesIn, describeChange, standingIn} from '../timeline/compare.js';
import {dayOf} from '../timeline/state.js';
import {changesView, compareForm, compareStyles, type Changes} from '../views/compare.js';
import type {HighlightController} from './highlight-controller.js';
import {adoptStyles} from './on-demand.js';

/** What a comparison needs from its element. */
export interface ComparisonHost {
  host: ReactiveControllerHost & HTMLElement;
  highlight: HighlightController;
  /** Moves the timeline to a step, as a reader would. */
  step: (index: number) => void;
  /** Opens a country's popup, as a reader would. */
  select: (id: string) => void;
  /** Called when the reader leaves the comparison. */
  end: () => void;
}

/** What changed between two steps of a story, by country name, and which countries the map picks out. */
export function compare(story: Story, from: number, to: number, countries: readonly WorldCountry[], t: Strings): Changes {
  const [a, b] = [story.events[from], story.events[to]];
  if (!a || !b) return {items: [], ids: []};
  const changes = changesBetween(countriesIn(story), dayOf(a), dayOf(b), standingIn(story));
  const changed = new Set(changes.map((c) => c.country));
  const name = (id: string) => {
    const country = countries.find((c) => c.id === id);
    return country ? countryName(country, t) : id;
  };
  return {
    items: changes.map((c) => ({id: c.country, name: name(c.country), text: describeChange(c, story, t)})).sort((x, y) => x.name.localeCompare(y.name, t.lang)),
    // A territory (Greenland) is picked out with the state whose colour it takes.
    ids: countries.flatMap((c) => (c.id !== null && (changed.has(c.id) || (c.sovereign && changed.has(c.sovereign))) ? [c.id] : [])),
  };
}

/**
 * A comparison of two dates, loaded on demand: two selects of the story's steps in the toolbar, the countries
 * that changed between them picked out on the map, and what changed listed in the panel. The second date is
 * the timeline's, so the slider moves it too. Leaving restores the map.
 */
export class Comparison {
  private from = 0;
  private last?: {story: Story; key: string; changes: Changes};

  constructor(private readonly link: ComparisonHost) {
    adoptStyles(link.host.shadowRoot, compareStyles);
  }

  tools(story: Story, index: number, t: Strings): TemplateResult[] {
    const host = this.link.host;
    const onFrom = (i: number) => {
      this.from = i;
      host.requestUpdate();
    };
    return [compareForm({story, from: this.fromIn(story), to: Math.max(0, index), strings: t, onFrom, onTo: this.link.step, onDone: () => void this.stop()})];
  }

  /** What changed, for the panel; it also picks the changed countries out on the map. */
  list(story: Story, index: number, t: Strings): TemplateResult {
    const [from, to] = [this.fromIn(story), Math.max(0, index)];
    const key = `${from} ${to}`;
    if (this.last?.key !== key || this.last.story !== story) this.last = {story, key, changes: compare(story, from, to, world.countries, t)};
    this.link.highlight.compare(this.last.changes.ids);
    return changesView({story, from, to, changes: this.last.changes, strings: t, onOpen: this.link.select});
  }

  private fromIn(story: Story): number {
    return Math.min(this.from, story.events.length - 1);
  }

  private async stop(): Promise<void> {
    const {host, highlight, end} = this.link;
    end();
    highlight.compare(undefined);
    host.requestUpdate();
    await host.updateComplete;
    host.shadowRoot?.querySelector<HTMLElement>('.more > button')?.focus();
  }
}
