import {nothing, render, svg, type SVGTemplateResult} from 'lit';

let serial = 0;

/** A colour, and the bloc it stands for, whose `--alignment-bloc-<id>` a page may set. */
export interface Swatch {
  colour: string;
  bloc?: string;
}

/** How a fill is drawn: its colour, a hatch for an opinion, and stripes of the other colours it holds. */
export interface FillSpec extends Swatch {
  hatched?: boolean;
  stripes?: readonly Swatch[];
}

/**
 * One tile, in the map's viewBox units (2000 wide, so a band is about 2 px on a phone), turned 45°: the
 * primary colour over two bands, then one band of each stripe colour (the stripes run one way), and for an
 * opinion a band of the hatch colour across the tile (the hatch runs the other way), so that stripes and
 * hatch stay apart when a country has both.
 */
function tile(id: string, {colour, bloc, hatched, stripes = []}: FillSpec): SVGTemplateResult {
  const width = (2 + stripes.length) * 12;
  return svg`<pattern id=${id} width=${width} height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"
    ><rect width=${width} height="24" fill=${colour} data-bloc=${bloc ?? nothing}></rect
    >${stripes.map((stripe, i) => svg`<rect x=${(2 + i) * 12} width="12" height="24" fill=${stripe.colour} data-bloc=${stripe.bloc ?? nothing}></rect>`)}${
      hatched ? svg`<rect class="hatch" width=${width} height="8"></rect>` : nothing
    }</pattern>`;
}

/**
 * The `<pattern>`s of one map, in its `<defs>`. Ids carry a serial number, so that several maps on a page
 * never resolve each other's. A pattern is built the first time a fill needs it, and kept: a story has few
 * distinct fills.
 */
export class Patterns {
  private readonly ids = new Map<string, string>();
  private readonly tiles: SVGTemplateResult[] = [];
  private readonly prefix = `alignment-${++serial}-`;

  constructor(private readonly defs: SVGElement) {}

  /** The `fill` attribute for a spec: the colour itself when it is plain, otherwise a pattern. */
  fill(spec: FillSpec): string {
    if (!spec.hatched && !spec.stripes?.length) return spec.colour;
    const key = JSON.stringify([spec.colour, spec.bloc, spec.hatched, spec.stripes]);
    let id = this.ids.get(key);
    if (!id) {
      this.ids.set(key, (id = this.prefix + this.ids.size));
      this.tiles.push(tile(id, spec));
      render(this.tiles, this.defs);
    }
    return `url(#${id})`;
  }
}
