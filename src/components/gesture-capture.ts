/** A wheel event's fields that d3-zoom reads, kept for a replay, when the event itself no longer has a target. */
export interface RecordedWheel {
  type: 'wheel';
  clientX: number;
  clientY: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  currentTarget: EventTarget | null;
  preventDefault: () => void;
  stopImmediatePropagation: () => void;
}

/** An event of a gesture begun before the zoom's chunk arrived. */
export type Recorded = TouchEvent | MouseEvent | RecordedWheel;

/**
 * The map's listeners in the first view, which need no d3. Until the zoom's chunk is attached they keep the
 * events of the reader's gestures (a first pinch, a double tap, a wheel that zooms), to be replayed, and ask
 * for the chunk; the pointer entering or pressing the map asks for it too. They also note whether the reader
 * is working the map, which decides whether a plain wheel zooms it or scrolls the page.
 */
export class GestureCapture {
  /** Events seen while the chunk loads, in order. */
  recorded: Recorded[] = [];
  private engaged = false;
  private svg?: SVGSVGElement;

  constructor(
    private readonly attached: () => boolean,
    private readonly wanted: () => void,
  ) {}

  /** Listens on the map's SVG for its whole life: the listeners go with it. */
  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    svg.addEventListener('wheel', this.onWheel, {passive: false});
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel', 'dblclick']) svg.addEventListener(type, this.onGesture, {passive: true});
    svg.addEventListener('pointerenter', this.wanted);
    svg.addEventListener('pointerdown', (e) => ((this.engaged = e.pointerType !== 'touch'), this.wanted()));
    svg.addEventListener('pointerleave', () => (this.engaged = false));
  }

  /**
   * A cooperative wheel: it zooms when the reader holds Ctrl or ⌘ (a trackpad's pinch does), or has pressed or
   * focused the map; otherwise it scrolls the page past the map, as on any page of text.
   */
  wheelZooms(e: {ctrlKey: boolean; metaKey?: boolean}): boolean {
    return e.ctrlKey || Boolean(e.metaKey) || this.engaged || Boolean(this.svg?.matches(':focus-within'));
  }

  private readonly onWheel = (e: WheelEvent): void => {
    if (this.attached()) return;
    // A plain wheel scrolls the page, and asks for the chunk, which shows how to zoom.
    if (!this.wheelZooms(e)) return this.wanted();
    e.preventDefault();
    const {clientX, clientY, deltaY, deltaMode, ctrlKey} = e;
    const none = () => {};
    this.keep({type: 'wheel', clientX, clientY, deltaY, deltaMode, ctrlKey, currentTarget: this.svg ?? null, preventDefault: none, stopImmediatePropagation: none});
  };

  private readonly onGesture = (e: Event): void => {
    if (!this.attached()) this.keep(e as TouchEvent | MouseEvent);
  };

  private keep(e: Recorded): void {
    if (this.recorded.length < 500) this.recorded.push(e);
    this.wanted();
  }
}
