import type {ReactiveControllerHost, TemplateResult} from 'lit';
import {world} from '../built-in.js';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {changesView, compare, compareForm, compareStyles, type Comparison as Changes} from '../views/compare.js';
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
    return changesView({story, from, to, comparison: this.last.changes, strings: t, onOpen: this.link.select});
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
