import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {centres, world} from '../built-in.js';
import {fitTransform, MAX_SCALE, storyFrame, storyPoints, visibleExtent, type Extent, type Transform} from '../geo/zoom.js';
import type {Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {regionSelectView, zoomButtonsView, type ViewChoice} from '../views/zoom.js';
import {GestureCapture} from './gesture-capture.js';
import {OnDemand} from './on-demand.js';
import type {ZoomSession} from './zoom-session.js';

const WORLD: Extent = [[0, 0], [world.width, world.height]];
const KEYS: Readonly<Record<string, number>> = {'+': 2, '=': 2, '-': 0.5, _: 0.5, '0': 0};

/**
 * The map's zoom and pan, as the first view needs it: it measures the map, frames the story's region (the
 * countries its events involve, see storyFrame) and writes the transform on the map's `<g class="zoom">`, and
 * it draws the buttons and the region select. Everything else (gestures with d3-zoom, animated moves, presets,
 * double tap, the wheel's hint) is a chunk, zoom-session.ts, fetched when the browser is idle or when the
 * reader first points at, touches or focuses the map or presses a zoom control; a gesture begun while it loads
 * is replayed. The transform is written straight to the DOM, never through a Lit render: a zoom costs no
 * template work.
 */
export class ZoomController implements ReactiveController {
  /** The framing chosen last; undefined once the reader has moved the map by hand. */
  choice: ViewChoice | undefined = 'story';
  transform: Transform = {k: 1, x: 0, y: 0};
  /** The story's region. */
  frame: Extent = WORLD;
  svg?: SVGSVGElement;
  session?: ZoomSession;
  readonly capture = new GestureCapture(
    () => Boolean(this.session),
    () => void this.ready(),
  );
  private size = {width: 0, height: 0};
  private story?: Story;
  private observer?: ResizeObserver;
  private readonly chunk: OnDemand<typeof import('./zoom-session.js')>;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly storyOf: () => Story | null,
    private readonly strings: () => Strings,
  ) {
    host.addController(this);
    this.chunk = new OnDemand(host, 'the zoom', () => import('./zoom-session.js'));
  }

  /** Why the zoom could not be loaded, for the notice area. */
  get failure(): string | undefined {
    return this.chunk.failure;
  }

  hostConnected(): void {
    if (this.svg) this.observer?.observe(this.svg);
  }

  hostUpdate(): void {
    const story = this.storyOf();
    if (!story || story === this.story) return;
    this.story = story;
    this.frame = storyFrame(storyPoints(story.events, centres), WORLD) ?? WORLD;
    // A new story opens on its own region, whatever the reader had zoomed to in the last one; this also stops
    // an animation still running towards the old story's places.
    this.choice = 'story';
    this.reframe();
  }

  hostUpdated(): void {
    if (this.svg) return;
    this.svg = this.host.shadowRoot?.querySelector<SVGSVGElement>('svg.map') ?? undefined;
    if (!this.svg) return;
    this.capture.attach(this.svg);
    this.observer = new ResizeObserver(([entry]) => {
      const {width, height} = entry!.contentRect;
      if (width === this.size.width && height === this.size.height) return;
      this.size = {width, height};
      this.reframe();
    });
    this.observer.observe(this.svg);
    this.chunk.whenIdle();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.session?.stop();
  }

  /** The region select, the +, − and reset buttons, and the wheel's hint, over the map. */
  renderOverlay(): TemplateResult {
    const k = this.transform.k;
    return html`${regionSelectView({value: this.choice, strings: this.strings(), onChoose: (choice) => this.act((s) => s.choose(choice, true))})}${zoomButtonsView({
      strings: this.strings(),
      atMost: k >= MAX_SCALE - 1e-6,
      atLeast: k <= 1 + 1e-6,
      onZoom: (factor) => this.act((s) => (factor ? s.scaleBy(factor) : s.choose('story', true))),
      hint: this.session?.hint(this.strings()),
    })}`;
  }

  /** +, − and 0 on the focused map; with Ctrl or ⌘ they are the browser's own zoom. */
  readonly onKey = (e: KeyboardEvent): void => {
    const factor = KEYS[e.key];
    if (factor === undefined || e.ctrlKey || e.metaKey || e.altKey || !(e.target as Element).closest?.('svg')) return;
    e.preventDefault();
    this.act((s) => (factor ? s.scaleBy(factor) : s.choose('story', true)));
  };

  /** Pans, if need be, so that a country that takes keyboard focus is on screen. */
  reveal(id: string): void {
    const centre = centres.get(id);
    if (centre) this.act((s) => s.reveal(centre));
  }

  /** What the SVG shows, in its units: the viewBox grown to the box's aspect. */
  view(): Extent {
    return visibleExtent(world.width, world.height, this.size);
  }

  /** Writes the transform, and keeps pins and dots their size on screen through `--_px`, map units per pixel. */
  apply(t: Transform, byReader: boolean): void {
    const limit = (k: number) => (k >= MAX_SCALE - 1e-6 ? 1 : k <= 1 + 1e-6 ? -1 : 0);
    // The select stops naming a region once the reader moves away from it: one render, not one a frame.
    const rerender = limit(t.k) !== limit(this.transform.k) || (byReader && this.choice !== undefined);
    if (byReader) this.choice = undefined;
    this.transform = t;
    this.svg?.querySelector('.zoom')?.setAttribute('transform', `translate(${t.x} ${t.y}) scale(${t.k})`);
    const [[x0], [x1]] = this.view();
    if (this.size.width) this.svg?.style.setProperty('--_px', String((x1 - x0) / this.size.width / t.k));
    if (rerender) this.host.requestUpdate();
  }

  /** Shows the chosen framing again after the map's size or the story changed, at once. */
  private reframe(): void {
    if (!this.size.width) return;
    // A view the reader made by hand stays as it is; only --_px follows the new size.
    if (this.choice === undefined) this.apply(this.transform, false);
    else if (this.session) this.session.choose(this.choice, false);
    else this.apply(fitTransform(this.frame, this.view()), false);
  }

  private act(action: (session: ZoomSession) => void): void {
    void this.ready().then((session) => session && action(session));
  }

  /** The zoom's chunk, attached to the map; undefined when it could not be loaded (the notice says why). */
  private async ready(): Promise<ZoomSession | undefined> {
    if (this.session || !this.svg) return this.session;
    const module = await this.chunk.get();
    if (module && !this.session) this.session = new module.ZoomSession(this);
    return this.session;
  }
}
