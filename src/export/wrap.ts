/**
 * Text set in lines of a given width. Pure: widths come from a `measure` function, a canvas 2D context's
 * `measureText` in the browser or `estimateWidth` in tests.
 */

/** A font's size in pixels and its weight. */
export interface Font {
  size: number;
  weight: 400 | 700;
}

/** The width of `text` set in `font`, in pixels. */
export type Measure = (text: string, font: Font) => number;

/** A width estimate for tests and for when no canvas is at hand: a proportional sans-serif averages 0.55 em. */
export const estimateWidth: Measure = (text, font) => text.length * font.size * (font.weight === 700 ? 0.58 : 0.53);

const ELLIPSIS = '…';

/** Cuts a line to `width`, ending it with an ellipsis. */
function clip(line: string, width: number, font: Font, measure: Measure): string {
  if (measure(line, font) <= width) return line;
  let cut = line;
  while (cut.length > 0 && measure(`${cut}${ELLIPSIS}`, font) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `width`; the last line kept ends with an
 * ellipsis when words are left over. A word wider than the line (a URL) is cut rather than overflowing.
 */
export function wrapText(text: string, width: number, font: Font, measure: Measure, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried, font) <= width || !line) line = tried;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, Math.max(0, maxLines)).map((l) => clip(l, width, font, measure));
  const last = kept.length - 1;
  if (lines.length > kept.length && last >= 0) kept[last] = clip(`${kept[last]}${ELLIPSIS}`, width, font, measure);
  return kept;
}
