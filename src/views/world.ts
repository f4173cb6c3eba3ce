import {nothing, svg, type TemplateResult} from 'lit';
import type {World, WorldCountry} from '../geo/world.js';

/** What the map needs to know about one country on the current day. */
export interface CountryView {
  bloc: string;
  colour?: string;
  /** Tooltip and accessible name: "Pakistan: Eastern block". */
  title: string;
}

/** A pin where words were spoken. */
export interface PinView {
  id: string;
  x: number;
  y: number;
  label: string;
}

export interface WorldProps {
  world: World;
  label: string;
  look: (country: WorldCountry) => CountryView;
  /** Countries the current event involves: outlined. */
  involved: ReadonlySet<string>;
  /** The country that holds the map's single tab stop. */
  focus: string | undefined;
  selected: string | undefined;
  pins: PinView[];
}

/**
 * The map as an SVG template. Country paths come precomputed from the build, so a timeline step only
 * changes fills and titles: Lit compares the rest and leaves it alone.
 */
export function worldView(p: WorldProps): TemplateResult {
  const {world} = p;
  const outline = (id: string | undefined, kind: string) => {
    const country = id === undefined ? undefined : world.countries.find((c) => c.id === id);
    return country ? svg`<path class=${kind} d=${country.d}></path>` : nothing;
  };
  const scale = world.width / 4000;
  return svg`<svg class="map" viewBox="0 0 ${world.width} ${world.height}" role="group" aria-label=${p.label}>
    <g class="countries">${world.countries.map((country) => countryPath(country, p.look(country), p.focus))}</g>
    <g class="dots">${world.countries.map((country) => (country.dot ? dot(country, p.look(country), scale) : nothing))}</g>
    <g class="outlines" aria-hidden="true">
      ${[...p.involved].map((id) => outline(id, 'involved'))}
      ${outline(p.selected, 'selected')}
    </g>
    <g class="pins">${p.pins.map((one) => pin(one, scale))}</g>
  </svg>`;
}

function countryPath(country: WorldCountry, look: CountryView, focus: string | undefined): TemplateResult {
  if (country.id === null)
    return svg`<path class="country unnamed" d=${country.d} data-bloc="none" data-name=${country.name}><title>${look.title}</title></path>`;
  return svg`<path class="country" d=${country.d} data-id=${country.id} data-bloc=${look.bloc} fill=${look.colour ?? nothing}
    role="button" tabindex=${country.id === focus ? 0 : -1}><title>${look.title}</title></path>`;
}

/** Coloured dots are drawn larger than neutral ones: they carry the story; the rest only mark a state. */
function dot(country: WorldCountry, look: CountryView, scale: number): TemplateResult {
  const r = (look.colour ? 18 : 10) * scale;
  return svg`<circle class="dot" cx=${country.c[0]} cy=${country.c[1]} r=${r} data-id=${country.id ?? nothing} data-bloc=${look.bloc}
    fill=${look.colour ?? nothing} aria-hidden="true"><title>${look.title}</title></circle>`;
}

function pin(p: PinView, scale: number): TemplateResult {
  return svg`<g class="pin" data-place=${p.id} transform="translate(${p.x} ${p.y}) scale(${scale})" role="button" tabindex="0" aria-label=${p.label}>
    <title>${p.label}</title>
    <path d="M0 0 C -12 -22 -34 -36 -34 -58 A 34 34 0 1 1 34 -58 C 34 -36 12 -22 0 0 Z"></path>
    <circle cy="-58" r="13"></circle>
  </g>`;
}
