import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';
import type {World, WorldCountry} from '../geo/world.js';

/** What the map shows of one country on the current day. */
export interface CountryView {
  bloc: string;
  colour?: string;
  /** Accessible name and tooltip: "Pakistan: Eastern block". */
  label: string;
  /** Whether the current event involves it: outlined. */
  involved?: boolean;
}

export type Look = (country: WorldCountry) => CountryView;
type Layer = 'paths' | 'dots';

const SVG = 'http://www.w3.org/2000/svg';
const prototypes = new WeakMap<World, Partial<Record<Layer, DocumentFragment>>>();

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
  for (const country of world.countries) {
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

interface Applied {
  bloc?: string;
  colour?: string;
  label?: string;
  focus?: boolean;
  involved?: boolean;
}

/**
 * Draws every country (or every small state's dot) into the element it is bound to, then on each update
 * touches only what changed: a timeline step sets the fill, `data-bloc` and label of the few countries that
 * moved. This is Lit's sanctioned way to manage many nodes imperatively; nothing else writes to them.
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
    if (this.drawn !== world) {
      part.element.replaceChildren(prototypeOf(world, layer).cloneNode(true));
      this.nodes = [...part.element.children] as SVGElement[];
      this.applied = this.nodes.map(() => ({}));
      this.drawn = world;
    }
    const shown = layer === 'dots' ? world.countries.filter((c) => c.dot) : world.countries;
    shown.forEach((country, i) => this.apply(this.nodes[i]!, this.applied[i]!, look(country), country.id !== null && country.id === focus, layer, scale));
    return noChange;
  }

  private apply(node: SVGElement, was: Applied, now: CountryView, focus: boolean, layer: Layer, scale: number): void {
    if (was.bloc !== now.bloc) node.setAttribute('data-bloc', (was.bloc = now.bloc));
    if (was.colour !== now.colour) {
      was.colour = now.colour;
      if (now.colour) node.setAttribute('fill', now.colour);
      else node.removeAttribute('fill');
      if (layer === 'dots') node.setAttribute('r', String(radius(Boolean(now.colour), scale)));
    }
    if (was.label !== now.label) node.setAttribute('aria-label', (was.label = now.label));
    // An attribute on the country itself, not an outline drawn over it: a step then adds no nodes and no geometry.
    if (layer === 'paths' && was.involved !== Boolean(now.involved)) node.toggleAttribute('data-involved', (was.involved = Boolean(now.involved)));
    if (layer === 'paths' && was.focus !== focus && node.hasAttribute('tabindex')) node.setAttribute('tabindex', (was.focus = focus) ? '0' : '-1');
  }
}

/** Binds the country layer to a `<g>`: `<g ${countryLayer(world, 'paths', look, focus, scale)}>`. */
export const countryLayer = directive(CountryLayer);
