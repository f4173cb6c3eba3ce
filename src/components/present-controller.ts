import {nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import type {Move} from '../timeline/keys.js';
import type {MenuItem} from '../views/toolbar.js';
import {ClickerController} from './clicker-controller.js';
import {OnDemand} from './on-demand.js';

/** What presentation mode reads from and writes to its element. */
export type PresentHost = ReactiveControllerHost & HTMLElement & {present: boolean; date?: string; hasUpdated: boolean};

/** Steps the story; `quiet` when the page, not the reader, caused it, so that no event fires. */
export type OnMove = (move: Move, quiet?: boolean) => void;

/** What a slide is drawn from, on each render. */
export interface SlideContext {
  story: Story;
  /** The current step; -1 before the first event. */
  index: number;
  strings: Strings;
}

/** A presentation under way, from the on-demand chunk: its keys, its screen, its slide. */
export interface PresentSession {
  render(context: SlideContext): TemplateResult;
  /** Removes the session's listeners, leaves full screen and gives focus back. */
  end(): void;
}

/**
 * Presentation mode, from the `present` attribute. Only this switch lives in the first view: the slide, its
 * styles, its keys and the request for full screen arrive in a chunk the first time anyone presents.
 */
export class PresentController implements ReactiveController {
  private readonly chunk: OnDemand<typeof import('./present-session.js')>;
  private session?: PresentSession;

  constructor(
    private readonly host: PresentHost,
    private readonly onMove: OnMove,
  ) {
    this.chunk = new OnDemand(host, 'presentation mode', () => import('./present-session.js'));
    // A clicker's keys also step the timeline outside presentation mode, while focus is in the element.
    new ClickerController(host, onMove);
    host.addController(this);
  }

  /** Why presentation mode could not be loaded, for the notices. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  /** The toolbar's "Present". */
  menuItem(label: string): MenuItem {
    return {id: 'present', label, run: () => (this.host.date || this.onMove('first'), (this.host.present = true))};
  }

  /** Starts or ends the session to match `present`; call before each update. */
  sync(): void {
    if (this.host.present && !this.session)
      void this.chunk.get().then((chunk) => {
        // A chunk that cannot be had leaves presentation mode off, so that the next press tries again.
        if (!chunk) this.host.present = false;
        else if (this.host.present && !this.session && this.host.isConnected) {
          // A show starts at the day the page or the reader chose, or else at the beginning.
          if (!this.host.date) this.onMove('first', true);
          this.session = chunk.startSession(this.host, this.onMove);
          this.host.requestUpdate();
        }
      });
    else if (!this.host.present) this.stop();
  }

  /** The slide, while presenting. */
  render(context: SlideContext): TemplateResult | typeof nothing {
    return this.session?.render(context) ?? nothing;
  }

  hostConnected(): void {
    if (this.host.present && this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.session?.end();
    this.session = undefined;
  }
}
