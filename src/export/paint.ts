import type {MapArt, SlidePaint} from './compose.js';
import {SYSTEM_FONT} from './compose.js';
import type {Font, Measure} from './wrap.js';

/**
 * The properties that make the map look as it does, copied from the element's styles onto a standalone copy.
 * They are written as SVG presentation attributes, not `style` attributes, which a strict
 * Content-Security-Policy would refuse.
 */
const PAINT: readonly (readonly [string, string])[] = [
  ['fill', ''],
  ['fill-opacity', '1'],
  ['fill-rule', 'nonzero'],
  ['stroke', 'none'],
  ['stroke-width', ''],
  ['stroke-opacity', '1'],
  ['stroke-linejoin', 'miter'],
  ['stroke-linecap', 'butt'],
  ['stroke-dasharray', 'none'],
  ['opacity', '1'],
  ['vector-effect', 'none'],
  ['paint-order', 'normal'],
  ['font-family', ''],
  ['font-size', ''],
  ['font-weight', ''],
  ['text-anchor', 'start'],
  // Geometry the map sizes by CSS, so that dots, rings and pins keep their size on screen at any zoom.
  ['r', ''],
  ['transform', 'none'],
];
const TEXT = new Set(['font-family', 'font-size', 'font-weight', 'text-anchor']);
/** What a reader's hands put there (a tab stop, a name for assistive technology), not what the map shows. */
const DROPPED = ['role', 'tabindex', 'aria-label', 'aria-hidden', 'aria-labelledby', 'focusable', 'data-place'];

/**
 * A standalone copy of a live map: every element with its computed paint written onto it, the `<defs>` (the
 * patterns the map fills with) kept, and the parts that only serve interaction (the selection outline, the
 * pins' invisible hit areas) left out. The live map is not touched.
 */
export function paintedMap(svg: SVGSVGElement): MapArt {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll('*')];
  const copies = [...copy.querySelectorAll('*')];
  const gone: Element[] = [];
  originals.forEach((original, i) => {
    const element = copies[i]!;
    const style = getComputedStyle(original);
    if (style.display === 'none' || original.matches('.selected, .hit, title, desc')) return gone.push(element);
    const text = original instanceof SVGTextContentElement;
    for (const [name, initial] of PAINT) {
      if (TEXT.has(name) && !text) continue;
      const value = style.getPropertyValue(name);
      if (value && value !== initial) element.setAttribute(name, value);
    }
    for (const name of DROPPED) element.removeAttribute(name);
    return undefined;
  });
  for (const element of gone) element.remove();
  // Lit's markers are comments: no use in a file.
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode?.removeChild(comment);
  const serializer = new XMLSerializer();
  const markup = [...copy.children].map((child) => serializer.serializeToString(child)).join('');
  return {viewBox: svg.getAttribute('viewBox') ?? `0 0 ${svg.clientWidth} ${svg.clientHeight}`, markup};
}

/** How the map paints each group: the computed fill of the first country in it (a colour, or a pattern). */
export function groupPaints(svg: SVGSVGElement): Map<string, string> {
  const paints = new Map<string, string>();
  for (const path of svg.querySelectorAll('path.country[data-bloc]')) {
    const bloc = path.getAttribute('data-bloc') ?? '';
    if (!paints.has(bloc)) paints.set(bloc, getComputedStyle(path).fill);
  }
  return paints;
}

/** The slide's colours, read from the element's own theme, and the system font stack. */
export function slidePaint(root: ShadowRoot): SlidePaint {
  const style = getComputedStyle(root.host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {paper: read('--_paper', '#fff'), ink: read('--_ink', '#1d232a'), muted: read('--_muted', '#59636e'), font: SYSTEM_FONT};
}

/** Text widths as the browser will draw them in the PNG: a canvas 2D context's measureText, same fonts. */
export function canvasMeasure(family: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text: string, font: Font) => text.length * font.size * 0.55;
  return (text: string, font: Font) => {
    context.font = `${font.weight} ${font.size}px ${family}`;
    return context.measureText(text).width;
  };
}
