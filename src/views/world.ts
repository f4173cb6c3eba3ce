import {nothing, svg, type TemplateResult} from 'lit';
import type {World} from '../geo/world.js';
import {countryLayer, type Look} from './countries.js';

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
  look: Look;
  /** The country that holds the map's single tab stop. */
  focus: string | undefined;
  selected: string | undefined;
  pins: PinView[];
}

/**
 * The map as an SVG template. Country paths come precomputed from the build and are managed by the
 * countryLayer directive, so a timeline step only touches the countries whose bloc changed. The directive
 * writes the hatch and stripe patterns into `<defs>`.
 */
export function worldView(p: WorldProps): TemplateResult {
  const {world} = p;
  const selected = p.selected === undefined ? undefined : world.countries.find((c) => c.id === p.selected);
  const scale = world.width / 4000;
  // The zoom controller writes the layer's transform itself, so that a zoom costs no render: Lit never binds it.
  return svg`<svg class="map" viewBox="0 0 ${world.width} ${world.height}" role="group" aria-label=${p.label}>
    <defs></defs>
    <g class="zoom">
      <g class="countries" ${countryLayer(world, 'paths', p.look, p.focus, scale)}></g>
      <g class="dots" ${countryLayer(world, 'dots', p.look, p.focus, scale)}></g>
      <g class="marks" ${countryLayer(world, 'marks', p.look, p.focus, scale)}></g>
      ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
      <g class="pins">${p.pins.map(pin)}</g>
    </g>
  </svg>`;
}

/** A pin at its place; its shape is scaled by CSS (world.styles.ts) to keep one size on screen at any zoom. */
function pin(p: PinView): TemplateResult {
  return svg`<g class="pin" data-place=${p.id} transform="translate(${p.x} ${p.y})" role="button" tabindex="0" aria-label=${p.label}>
    <g class="shape">
      <circle class="hit" cy="-46" r="80"></circle>
      <path d="M0 0 C -12 -22 -34 -36 -34 -58 A 34 34 0 1 1 34 -58 C 34 -36 12 -22 0 0 Z"></path>
      <circle class="eye" cy="-58" r="13"></circle>
    </g>
  </g>`;
}
