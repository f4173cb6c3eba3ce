import {pointer, select} from 'd3-selection';
import 'd3-transition';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior} from 'd3-zoom';
import {world} from '../built-in.js';
import {projectBox, REGIONS} from '../geo/regions.js';
import {revealPoint} from '../geo/reveal.js';
import {fitTransform, MAX_SCALE, type Extent, type Transform} from '../geo/zoom.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {ViewChoice} from '../views/zoom.js';
import type {Recorded} from './gesture-capture.js';
import type {ZoomController} from './zoom-controller.js';

const WORLD: Extent = [[0, 0], [world.width, world.height]];
const MOVE_MS = 600;
const HINT_MS = 1600;
const TAP_MS = 300;
const TAP_PX = 30;

type Listener = (this: SVGSVGElement, e: unknown, d: unknown) => void;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The map's gestures and moves, with d3-zoom: drag, wheel, pinch, double-click and double tap, and the animated
 * moves of the buttons, presets and keys. A chunk of its own, loaded by ZoomController, which frames the first
 * view without it; d3-zoom reports every transform back to the controller, which writes it.
 */
export class ZoomSession {
  private readonly selection;
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private hinting?: ReturnType<typeof setTimeout>;
  private touchStart?: {time: number; x: number; y: number};
  private lastTap?: {time: number; x: number; y: number};

  constructor(private readonly zoomer: ZoomController) {
    const svg = zoomer.svg!;
    this.selection = select<SVGSVGElement, unknown>(svg);
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .extent(() => zoomer.view())
      .scaleExtent([1, MAX_SCALE])
      .translateExtent(WORLD)
      .filter((e: Event) => this.accepts(e))
      // Touch listeners always, not only where the browser reports a touch screen: some report none and have one.
      .touchable(() => true)
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => zoomer.apply(e.transform, Boolean(e.sourceEvent)));
    this.selection.call(this.behaviour);
    this.behaviour.transform(this.selection, this.at(zoomer.transform));
    svg.addEventListener('wheel', this.onWheel);
    svg.addEventListener('touchstart', this.onTouch, {passive: true});
    svg.addEventListener('touchend', this.onTouch, {passive: false});
    this.replay(zoomer.capture.recorded.splice(0));
  }

  /** Frames the story's region or a preset. */
  choose(choice: ViewChoice, animate: boolean): void {
    this.zoomer.choice = choice;
    this.zoomer.host.requestUpdate();
    const box = choice === 'story' ? this.zoomer.frame : choice === 'world' ? WORLD : projectBox(REGIONS[choice], world.projection);
    this.to(fitTransform(box, this.zoomer.view()), animate);
  }

  /** Zooms by a factor about a point in client pixels, or about the view's centre. */
  scaleBy(factor: number, client?: [number, number]): void {
    const point = client && pointer({clientX: client[0], clientY: client[1]}, this.zoomer.svg);
    this.behaviour.scaleBy(this.moving(true), factor, point);
  }

  /** Pans, if need be, to bring a point into view. */
  reveal(point: [number, number]): void {
    const now = this.zoomer.transform;
    const next = revealPoint(now, point, this.zoomer.view());
    if (next !== now) this.to(next, true);
  }

  /** How to zoom with the wheel, for a moment after a plain wheel scrolled the page past the map. */
  hint(t: Strings): string | undefined {
    return this.hinting ? fill(t.zoomHint, {key: /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl'}) : undefined;
  }

  /** Stops an animation where it is, and the hint's timer. */
  stop(): void {
    this.selection.interrupt();
    clearTimeout(this.hinting);
    this.hinting = undefined;
  }

  private to(t: Transform, animate: boolean): void {
    this.behaviour.transform(this.moving(animate), this.at(t));
  }

  private at(t: Transform) {
    return zoomIdentity.translate(t.x, t.y).scale(t.k);
  }

  private moving(animate: boolean) {
    return animate && !reducedMotion() ? this.selection.transition().duration(MOVE_MS) : this.selection;
  }

  /** Cooperative gestures: one finger scrolls the page and two pan and pinch; the wheel zooms only when wanted. */
  private accepts(e: Event): boolean {
    if (e.type === 'wheel') return this.zoomer.capture.wheelZooms(e as WheelEvent);
    if (e.type.startsWith('touch')) return (e as TouchEvent).touches.length > 1;
    return !(e as MouseEvent).button && !(e as MouseEvent).ctrlKey;
  }

  /** Hands d3-zoom, and the double-tap reader, the events of gestures begun while this chunk loaded. */
  private replay(events: readonly Recorded[]): void {
    for (const e of events) {
      if (e.type === 'touchstart' || e.type === 'touchend') this.tap(e as TouchEvent);
      (this.selection.on(`${e.type}.zoom`) as Listener | undefined)?.call(this.zoomer.svg!, e, undefined);
    }
  }

  private readonly onWheel = (e: WheelEvent): void => {
    if (this.zoomer.capture.wheelZooms(e)) return;
    if (!this.hinting) this.zoomer.host.requestUpdate();
    clearTimeout(this.hinting);
    this.hinting = setTimeout(() => {
      this.hinting = undefined;
      this.zoomer.host.requestUpdate();
    }, HINT_MS);
  };

  private readonly onTouch = (e: TouchEvent): void => {
    // The second tap zooms; cancelling its touchend keeps it from also being a click on a country.
    if (this.tap(e)) e.preventDefault();
  };

  /**
   * Reads double taps, which d3-zoom never sees, since one finger is left to scroll the page. True for the
   * second tap of one, which zooms in about it.
   */
  private tap(e: TouchEvent): boolean {
    const t = e.changedTouches[0];
    if (!t) return false;
    const here = {time: e.timeStamp, x: t.clientX, y: t.clientY};
    const near = (a?: {time: number; x: number; y: number}) => a && here.time - a.time < TAP_MS && Math.hypot(here.x - a.x, here.y - a.y) < TAP_PX;
    if (e.type === 'touchstart') {
      this.touchStart = e.touches.length === 1 ? here : undefined;
      return false;
    }
    const tapped = e.touches.length === 0 && near(this.touchStart);
    const double = tapped && near(this.lastTap);
    this.touchStart = undefined;
    this.lastTap = tapped && !double ? here : undefined;
    if (double) this.scaleBy(2, [here.x, here.y]);
    return Boolean(double);
  }
}
