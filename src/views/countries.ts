import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';
import type {World, WorldCountry} from '../geo/world.js';
import {Patterns} from './patterns.js';

/** What the map shows of one country on the current day. */
export interface CountryView {
  bloc: string;
  colour?: string;
  /** Accessible name and tooltip: "Pakistan: Eastern block (opinion)". */
  label: string;
  /** Whether the current event involves it: outlined. */
  involved?: boolean;
  /** Drawn with a hatch over its colour: its bloc is someone's opinion, not a fact. */
  hatched?: boolean;
  /** The ids of the other groups it is in at the same time, space-separated, for `data-also`. */
  also?: string;
  /** Other colours it holds at the same time, drawn as stripes across its own. */
  stripes?: readonly string[];
  /** A ring at its centre: it holds memberships on both sides. */
  mark?: boolean;
  /** What `data-value` carries: the lens's value (the bloc ids, membership tokens, a vote score). */
  value?: string;
  /** Coloured by a lens other than the story's groups: the page's bloc colours (`data-bloc` rules) stand aside. */
  lensed?: boolean;
}

export type Look = (country: WorldCountry) => CountryView;
type Layer = 'paths' | 'dots' | 'marks';

const SVG = 'http://www.w3.org/2000/svg';
const prototypes = new WeakMap<World, Partial<Record<Layer, DocumentFragment>>>();
const dotIndexes = new WeakMap<World, number[]>();

/** What the layers of one map share in a render: its patterns, and each country's view, computed once. */
interface Shared {
  patterns: Patterns;
  look?: Look;
  views: CountryView[];
}
const shared = new WeakMap<SVGElement, Shared>();

function sharedOf(svg: SVGElement): Shared {
  let found = shared.get(svg);
  if (!found) shared.set(svg, (found = {patterns: new Patterns(svg.querySelector('defs') ?? svg), views: []}));
  return found;
}

/**
 * Every country's view. The paths layer comes first in the map's template and always asks `look`; the dots and
 * marks of the same render reuse its answers instead of asking again for every country.
 */
function viewsOf(s: Shared, world: World, look: Look, first: boolean): CountryView[] {
  if (first || s.look !== look) s.views = world.countries.map(look);
  s.look = look;
  return s.views;
}

/** Indexes in `world.countries` of the countries drawn with a dot. */
function dotsOf(world: World): number[] {
  let found = dotIndexes.get(world);
  if (!found) dotIndexes.set(world, (found = world.countries.flatMap((c, i) => (c.dot ? [i] : []))));
  return found;
}

/**
 * The layer's elements for a world, built once per page and cloned for each map: cloning parsed nodes is
 * several times cheaper than instantiating a Lit template per country, and most maps on a page share a world.
 */
function prototypeOf(world: World, layer: Layer): DocumentFragment {
  const layers = prototypes.get(world) ?? {};
  prototypes.set(world, layers);
  const built = layers[layer];
  if (built) return built;
  const fragment = document.createDocumentFragment();
  for (const country of layer === 'marks' ? [] : world.countries) {
    if (layer === 'dots' && !country.dot) continue;
    const element = document.createElementNS(SVG, layer === 'paths' ? 'path' : 'circle');
    if (layer === 'paths') element.setAttribute('d', country.d);
    else for (const [name, value] of [['cx', country.c[0]], ['cy', country.c[1]], ['r', radius(false, world.width / 4000)]] as const) element.setAttribute(name, String(value));
    element.setAttribute('class', layer === 'paths' ? (country.id === null ? 'country unnamed' : 'country') : 'dot');
    if (country.id !== null) element.setAttribute('data-id', country.id);
    else element.setAttribute('data-name', country.name);
    // Countries are buttons; an area without an ISO code is only named, as an image, for screen readers.
    if (layer === 'paths') element.setAttribute('role', country.id === null ? 'img' : 'button');
    if (layer === 'paths' && country.id !== null) element.setAttribute('tabindex', '-1');
    if (layer === 'dots') element.setAttribute('aria-hidden', 'true');
    fragment.append(element);
  }
  layers[layer] = fragment;
  return fragment;
}

/** Coloured dots are drawn larger: they carry the story; the rest only mark a state. */
function radius(coloured: boolean, scale: number): number {
  return (coloured ? 18 : 10) * scale;
}

/** The overlap mark: a ring on the country's centre, which the country's label explains. */
function markOf(country: WorldCountry, scale: number): SVGCircleElement {
  const ring = document.createElementNS(SVG, 'circle');
  const attributes = {class: 'overlap', cx: country.c[0], cy: country.c[1], r: 24 * scale, 'aria-hidden': 'true', 'data-country': country.id ?? ''};
  for (const [name, value] of Object.entries(attributes)) ring.setAttribute(name, String(value));
  return ring;
}

interface Applied {
  bloc?: string;
  value?: string;
  lensed?: boolean;
  also?: string;
  fill?: string;
  label?: string;
  focus?: boolean;
  involved?: boolean;
  mark?: SVGCircleElement;
}

/**
 * Draws every country (or every small state's dot, or the overlap marks) into the element it is bound to,
 * then on each update touches only what changed: a timeline step sets the fill, `data-bloc` and label of the
 * few countries that moved. This is Lit's sanctioned way to manage many nodes imperatively; nothing else
 * writes to them. Hatches and stripes are `<pattern>`s in the map's `<defs>`, set by a `fill` attribute
 * (never a style, which a strict Content-Security-Policy would block).
 */
class CountryLayer extends Directive {
  private nodes: SVGElement[] = [];
  private applied: Applied[] = [];
  private drawn?: World;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('countryLayer() must be bound to an element');
  }

  render(_world: World, _layer: Layer, _look: Look, _focus: string | undefined, _scale: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [world, layer, look, focus, scale]: Parameters<this['render']>): unknown {
    const s = sharedOf((part.element.closest('svg') ?? part.element) as SVGElement);
    if (this.drawn !== world) {
      part.element.replaceChildren(prototypeOf(world, layer).cloneNode(true));
      this.nodes = [...part.element.children] as SVGElement[];
      this.applied = (layer === 'marks' ? world.countries : this.nodes).map(() => ({}));
      this.drawn = world;
    }
    const views = viewsOf(s, world, look, layer === 'paths');
    if (layer === 'marks') views.forEach((view, i) => this.mark(part.element, this.applied[i]!, world.countries[i]!, view, scale));
    const dots = layer === 'dots' ? dotsOf(world) : undefined;
    this.nodes.forEach((node, i) => {
      const index = dots ? dots[i]! : i;
      const id = world.countries[index]!.id;
      this.apply(node, this.applied[i]!, views[index]!, s.patterns, id !== null && id === focus, layer, scale);
    });
    return noChange;
  }

  private apply(node: SVGElement, was: Applied, now: CountryView, patterns: Patterns, focus: boolean, layer: Layer, scale: number): void {
    if (was.bloc !== now.bloc) node.setAttribute('data-bloc', (was.bloc = now.bloc));
    if (was.also !== now.also) {
      if ((was.also = now.also)) node.setAttribute('data-also', now.also);
      else node.removeAttribute('data-also');
    }
    if (was.value !== now.value) {
      was.value = now.value;
      if (now.value === undefined) node.removeAttribute('data-value');
      else node.setAttribute('data-value', now.value);
    }
    if (was.lensed !== Boolean(now.lensed)) node.toggleAttribute('data-lens', (was.lensed = Boolean(now.lensed)));
    // A lens's tiles are its own colours: tagged with no bloc, so that a page's bloc colour never repaints them.
    const also = now.lensed ? [] : (now.also?.split(' ') ?? []);
    const stripes = now.stripes?.map((colour, i) => ({colour, bloc: also[i]}));
    const fill = now.colour ? patterns.fill({colour: now.colour, bloc: now.lensed ? undefined : now.bloc, hatched: now.hatched, stripes}) : undefined;
    if (was.fill !== fill) {
      was.fill = fill;
      if (fill) node.setAttribute('fill', fill);
      else node.removeAttribute('fill');
      // A patterned fill takes the page's bloc colours in its tiles (see bloc-colours.ts), not on the country.
      node.toggleAttribute('data-pattern', Boolean(fill?.startsWith('url(')));
      if (layer === 'dots') node.setAttribute('r', String(radius(Boolean(fill), scale)));
    }
    if (was.label !== now.label) node.setAttribute('aria-label', (was.label = now.label));
    // An attribute on the country itself, not an outline drawn over it: a step then adds no nodes and no geometry.
    if (layer === 'paths' && was.involved !== Boolean(now.involved)) node.toggleAttribute('data-involved', (was.involved = Boolean(now.involved)));
    if (layer === 'paths' && was.focus !== focus && node.hasAttribute('tabindex')) node.setAttribute('tabindex', (was.focus = focus) ? '0' : '-1');
  }

  private mark(layer: Element, was: Applied, country: WorldCountry, now: CountryView, scale: number): void {
    if (Boolean(was.mark) === Boolean(now.mark)) return;
    if (was.mark) {
      was.mark.remove();
      was.mark = undefined;
    } else layer.append((was.mark = markOf(country, scale)));
  }
}

/** Binds a layer to a `<g>` inside the map's `<svg>`: `<g ${countryLayer(world, 'paths', look, focus, scale)}>`. */
export const countryLayer = directive(CountryLayer);
