import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {OnDemand} from './on-demand.js';
import type {Table, TableInput} from './table.js';

/**
 * The "Table" toggle and the table it shows in place of the map. The first view knows only whether it is on;
 * the table (its rows, its sort, its styles) is a chunk, fetched when a reader points at the toggle or presses it.
 */
export class TableController {
  /** Whether the table is shown. */
  open = false;
  private table?: Table;
  private readonly chunk: OnDemand<typeof import('./table.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly select: (id: string) => void,
  ) {
    this.chunk = new OnDemand(host, 'the table', () => import('./table.js'));
  }

  /** Why the table could not be loaded, for the notices. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  /** The toolbar's toggle. */
  button(t: Strings): TemplateResult {
    const toggle = () => {
      this.open = !this.open;
      this.host.requestUpdate();
      void this.chunk.get();
    };
    return html`<button part="button" aria-pressed=${this.open ? 'true' : 'false'} @click=${toggle} @pointerenter=${() => void this.chunk.get()}>${t.table}</button>`;
  }

  /** The table, once shown and loaded; it goes inside the stage. */
  render(input: TableInput | undefined): TemplateResult | typeof nothing {
    const module = this.open && input ? this.chunk.module : undefined;
    return module ? (this.table ??= new module.Table(this.host, this.select)).render(input!) : nothing;
  }
}
