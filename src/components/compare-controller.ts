import {nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import type {MenuItem} from '../views/toolbar.js';
import type {Comparison, ComparisonHost} from './comparison.js';
import {OnDemand} from './on-demand.js';

/**
 * "Compare two dates", from the More menu. The first view knows only whether a comparison is on; the
 * comparison itself (its selects, its list, what it picks out on the map) is a chunk, fetched when chosen.
 */
export class CompareController {
  /** Whether a comparison is shown. */
  active = false;
  private comparison?: Comparison;
  private readonly chunk: OnDemand<typeof import('./comparison.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly link: Omit<ComparisonHost, 'host' | 'end'>,
  ) {
    this.chunk = new OnDemand(host, 'the comparison', () => import('./comparison.js'));
  }

  /** Why the comparison could not be loaded, for the notices. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  /** The More menu's entry. */
  item(t: Strings): MenuItem {
    return {id: 'compare', label: t.compare, run: () => void this.start()};
  }

  /** The two selects, for the toolbar. */
  tools(story: Story | null, index: number, t: Strings): TemplateResult[] {
    return (story && this.ready()?.tools(story, index, t)) || [];
  }

  /** What changed, for the panel. */
  list(story: Story, index: number, t: Strings): TemplateResult | typeof nothing {
    return this.ready()?.list(story, index, t) ?? nothing;
  }

  private ready(): Comparison | undefined {
    const module = this.active ? this.chunk.module : undefined;
    const end = () => {
      this.active = false;
      this.comparison = undefined;
    };
    return module && (this.comparison ??= new module.Comparison({...this.link, host: this.host, end}));
  }

  private async start(): Promise<void> {
    this.active = true;
    this.host.requestUpdate();
    if (!(await this.chunk.get())) return;
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLSelectElement>('.compare select')?.focus();
  }
}
