import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Scene} from '../export/scene.js';
import type {Strings} from '../i18n/strings.js';
import type {MenuItem} from '../views/toolbar.js';
import {adoptStyles, OnDemand} from './on-demand.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The printed handout. It is drawn into a print-only part when printing starts (Ctrl+P, or the menu's
 * "Print a handout") and taken out when it ends. Printing gives a page no time to fetch anything, so the
 * handout's chunk is fetched when the browser is idle; until it arrives, printing gives the live view
 * without its controls.
 */
export class HandoutController implements ReactiveController {
  private readonly chunk: OnDemand<typeof import('../views/handout.js')>;
  private media?: MediaQueryList;

  constructor(
    private readonly host: Host,
    private readonly scene: () => Scene | undefined,
  ) {
    host.addController(this);
    this.chunk = new OnDemand(host, 'the handout', () => import('../views/handout.js'));
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.show);
    window.addEventListener('afterprint', this.hide);
    // Print emulation (developer tools, a headless browser's PDF) switches the media without print events.
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.onMedia);
    this.chunk.whenIdle();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.show);
    window.removeEventListener('afterprint', this.hide);
    this.media?.removeEventListener('change', this.onMedia);
    this.hide();
  }

  /** The "More" menu's entry. */
  menu(t: Strings): MenuItem[] {
    return [{id: 'handout', label: t.handout, run: () => void this.print()}];
  }

  /** Why the handout could not be had, for the element's notice area. */
  get notes(): string[] {
    return this.chunk.failure ? [this.chunk.failure] : [];
  }

  /** The print styles come with the chunk: adopted as soon as it has arrived. */
  hostUpdate(): void {
    if (this.chunk.module) adoptStyles(this.host.shadowRoot, this.chunk.module.styles);
  }

  /** The print-only part the handout is drawn into; the element's own renders leave its content alone. */
  render(): TemplateResult | typeof nothing {
    return this.chunk.module ? html`<div class="handout" part="handout"></div>` : nothing;
  }

  private get box(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.handout') ?? null;
  }

  private readonly show = (): void => {
    const module = this.chunk.module;
    const scene = this.scene();
    const box = this.box;
    if (module && scene && box) module.renderHandout(scene, box);
  };

  private readonly hide = (): void => {
    const box = this.box;
    if (box && this.chunk.module) this.chunk.module.clearHandout(box);
  };

  private readonly onMedia = (e: MediaQueryListEvent): void => (e.matches ? this.show() : this.hide());

  private async print(): Promise<void> {
    if (!(await this.chunk.get())) return;
    // The chunk may have arrived just now: its part must be drawn before the handout goes into it.
    await this.host.updateComplete;
    this.show();
    window.print();
  }
}
