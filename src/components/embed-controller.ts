import {nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {MenuItem} from '../views/toolbar.js';
import {OnDemand} from './on-demand.js';

/**
 * "Embed this" in the toolbar's menu: a dialog with the script and iframe snippets for the view on screen. Only
 * the menu entry and this state are in the first view; the dialog, the snippets and copying load on demand
 * (`embed-dialog.ts`).
 */
export class EmbedController implements ReactiveController {
  /** Whether the dialog is open. */
  open = false;
  /** What the last copy of each snippet did, for its live region. */
  status: Partial<Record<'script' | 'frame', string>> = {};
  /** The embed module's own URL: snippets point at the copy the page loaded, wherever it is hosted. */
  readonly module = import.meta.url;
  private readonly chunk: OnDemand<typeof import('./embed-dialog.js')>;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    this.chunk = new OnDemand(host, 'the embed code', () => import('./embed-dialog.js'));
    host.addController(this);
  }

  /** Why the dialog could not be loaded, for the element's notices. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  menuItem(label: string): MenuItem {
    return {id: 'embed', label, run: () => void this.chunk.get().then((m) => m?.showEmbed(this))};
  }

  hostDisconnected(): void {
    this.open = false;
  }

  /** The dialog, when open, for the story's title and the day shown. */
  render(t: Strings, title: string, day: string | undefined): TemplateResult | typeof nothing {
    return this.open && this.chunk.module ? this.chunk.module.embedView(this, t, title, day) : nothing;
  }
}
