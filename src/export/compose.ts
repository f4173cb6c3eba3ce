import type {SlideLayout, TextBlock} from './layout.js';

/** The map as SVG markup: its viewBox and what goes inside it (defs, countries, pins), already painted. */
export interface MapArt {
  viewBox: string;
  markup: string;
}

/** The slide's colours and type, read from the element so that an export looks like what the reader sees. */
export interface SlidePaint {
  paper: string;
  ink: string;
  muted: string;
  /** A system font stack: the PNG is drawn by the browser, with the fonts it has. */
  font: string;
}

/** A system font stack that every platform resolves to its interface face. */
export const SYSTEM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'};

/** Story text is text: everything written into the document is escaped, so no story can inject markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const n = (value: number) => String(Math.round(value * 100) / 100);

function textBlock(block: TextBlock, colour: string): string {
  if (block.lines.length === 0) return '';
  const lines = block.lines.map((line, i) => `<tspan x="${n(block.x)}" ${i ? `dy="${n(block.lineHeight)}"` : `y="${n(block.y)}"`}>${escapeXml(line)}</tspan>`);
  return `<text class="${block.kind}" font-size="${n(block.font.size)}" font-weight="${block.font.weight}" fill="${escapeXml(colour)}">${lines.join('')}</text>`;
}

/**
 * The slide as a standalone SVG document: width and height in pixels, the map nested at its box with its own
 * viewBox (so its patterns and strokes keep their proportions), then the text and the legend on top.
 */
export function slideSvg(layout: SlideLayout, map: MapArt, paint: SlidePaint, title: string): string {
  const {width, height} = layout;
  const muted = new Set<TextBlock['kind']>(['when', 'source']);
  const texts = layout.texts.map((block) => textBlock(block, muted.has(block.kind) ? paint.muted : paint.ink));
  const key = layout.key.map(
    (k) => `<rect x="${n(k.x)}" y="${n(k.y)}" width="${n(k.size)}" height="${n(k.size)}" rx="${n(k.size / 7)}" fill="${escapeXml(k.fill)}" stroke="${escapeXml(paint.muted)}" stroke-width="1"/>`,
  );
  const box = layout.map;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(paint.font)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(paint.paper)}"/>`,
    `<svg x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" viewBox="${escapeXml(map.viewBox)}" preserveAspectRatio="xMinYMin meet">${map.markup}</svg>`,
    ...key,
    ...texts,
    '</svg>',
  ].join('\n');
}
