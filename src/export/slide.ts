import {render} from 'lit';
import {teaching} from '../i18n/teaching.js';
import {worldView} from '../views/world.js';
import {slideSvg, SYSTEM_FONT} from './compose.js';
import {layoutSlide, type SlideSize} from './layout.js';
import type {Measure} from './wrap.js';
import {canvasMeasure, groupPaints, paintedMap, slidePaint} from './paint.js';
import type {Scene} from './scene.js';
import {slideText} from './text.js';

let measure: Measure | undefined;

/**
 * One slide as an SVG document: the map drawn by `svg` (the live map, or one drawn off stage for another day)
 * with the words of `day` around it.
 */
export function slideOf(scene: Scene, day: string, size: SlideSize, svg: SVGSVGElement): string {
  const paints = groupPaints(svg);
  const neutral = svg.querySelector('path.country[data-bloc="none"]');
  const text = slideText(scene.story, day, {...scene.strings, ...teaching(scene.strings)}, (bloc) => paints.get(bloc.id) ?? bloc.colour, neutral ? getComputedStyle(neutral).fill : '#dde1e5');
  measure ??= canvasMeasure(SYSTEM_FONT);
  const art = paintedMap(svg);
  const [, , w, h] = art.viewBox.split(/[\s,]+/).map(Number);
  const layout = layoutSlide(size, text, w && h ? w / h : 2, measure);
  return slideSvg(layout, art, slidePaint(scene.root), text.title);
}

/** The live map: what the reader sees, with whatever zoom, lens or pattern it shows now. */
export function liveMap(scene: Scene): SVGSVGElement | null {
  return scene.root.querySelector<SVGSVGElement>('.stage svg.map');
}

/**
 * A place off stage, inside the element so that its styles apply, where maps of other days are drawn for
 * export: inert and hidden from assistive technology, so that focus and screen readers never land there.
 */
export class OffStage {
  private readonly box = document.createElement('div');

  constructor(private readonly scene: Scene) {
    this.box.inert = true;
    this.box.setAttribute('aria-hidden', 'true');
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    Object.assign(this.box.style, {position: 'fixed', insetInlineStart: '-10000px', insetBlockStart: '0', inlineSize: '1000px', pointerEvents: 'none'});
    scene.root.append(this.box);
  }

  /** The map on `day`, drawn the way the element draws its own. */
  draw(day: string): SVGSVGElement {
    const {scene} = this;
    render(worldView({world: scene.world, label: '', look: scene.lookOn(day), focus: undefined, selected: undefined, pins: scene.pinsOn(day)}), this.box);
    return this.box.querySelector('svg')!;
  }

  dispose(): void {
    render(null, this.box);
    this.box.remove();
  }
}
