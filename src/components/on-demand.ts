import type {CSSResult, ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A feature that only some readers use (presentation, export, the table, another language…) lives in its own
 * chunk, beside the embed, and is fetched the first time it is needed or when the browser is idle. The
 * import is relative to the embed's own URL, so a page that pastes one script tag needs no configuration, and
 * `script-src 'self'` is all a strict Content-Security-Policy must allow. Browsers cache the module, so several
 * maps on a page share one download.
 */
export class OnDemand<M> implements ReactiveController {
  /** The module, once loaded. */
  module?: M;
  /** Why it could not be loaded, for the element's notice area. */
  failure?: string;
  private pending?: Promise<M | undefined>;
  private cancelIdle?: () => void;

  constructor(
    private readonly host: Host,
    /** What the reader would call the feature, for the failure notice: "the table". */
    readonly name: string,
    private readonly load: () => Promise<M>,
  ) {
    host.addController(this);
  }

  /** Loads the module once; resolves to undefined, with `failure` set, when it cannot be had. */
  get(): Promise<M | undefined> {
    this.pending ??= this.load().then(
      (module) => {
        this.module = module;
        this.failure = undefined;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        // A later click may try again: the network may be back.
        this.pending = undefined;
        this.failure = `could not load ${this.name}: ${error instanceof Error ? error.message : String(error)}`;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.pending;
  }

  /** Fetches the module when the browser has nothing better to do, so that a first click finds it ready. */
  whenIdle(): void {
    if (this.module || this.pending || this.cancelIdle) return;
    const run = () => {
      this.cancelIdle = undefined;
      void this.get();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, {timeout: 4000});
      this.cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(run, 2000);
      this.cancelIdle = () => clearTimeout(id);
    }
  }

  hostDisconnected(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }
}

/**
 * Adds a chunk's styles to a shadow root that was styled before the chunk arrived. Constructed style sheets,
 * unlike a <style> element, are allowed by a strict Content-Security-Policy.
 */
export function adoptStyles(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
