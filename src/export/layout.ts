/**
 * The 16:9 slide an export draws: where the map, the date, the caption, the legend and the source line go.
 * Pure: text widths come from a `measure` function (a canvas 2D context's `measureText` in the browser, an
 * estimate in tests), so the same composition can be checked in Node.
 */

/** A slide's size in pixels. */
export interface SlideSize {
  width: number;
  height: number;
}

/** The sizes a teacher can choose: full HD first, the default. */
export const SLIDE_SIZES: readonly SlideSize[] = [
  {width: 1920, height: 1080},
  {width: 1280, height: 720},
];

/** A font's size in pixels and its weight. */
export interface Font {
  size: number;
  weight: 400 | 700;
}

/** The width of `text` set in `font`, in pixels. */
export type Measure = (text: string, font: Font) => number;

/** A group in the slide's legend. */
export interface KeyEntry {
  label: string;
  /** A paint: a colour, or a `url(#pattern)` the map also uses. */
  fill: string;
}

/** The words a slide carries, already formatted. */
export interface SlideText {
  /** "11 October 2001 · Step 7 of 31". */
  when: string;
  title: string;
  summary: string;
  legend: readonly KeyEntry[];
  /** Who wrote the story, where the map comes from, and the event's sources, in one line. */
  source: string;
}

/** Lines of text set from a baseline, one font for the block. */
export interface TextBlock {
  kind: 'when' | 'title' | 'summary' | 'key' | 'source';
  x: number;
  /** Baseline of the first line. */
  y: number;
  font: Font;
  lineHeight: number;
  lines: string[];
}

/** A legend entry's square and its label. */
export interface KeyBox {
  x: number;
  y: number;
  size: number;
  fill: string;
  label: TextBlock;
}

/** A rectangle in slide pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything goes on one slide. */
export interface SlideLayout extends SlideSize {
  /** The map's box, fitted to the map's aspect ratio. */
  map: Box;
  texts: TextBlock[];
  key: KeyBox[];
}

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

/** Sizes at 1920 px wide; a smaller slide scales them all, so it looks the same. */
const BASE = {
  margin: 64,
  gap: 40,
  column: 540,
  when: 30,
  title: 52,
  summarySizes: [30, 27, 24],
  key: 26,
  source: 20,
  leading: 1.3,
};

/**
 * Lays out one slide: the date and the title across the top, the map on the left, the summary and the legend
 * in a column on the right, the source line along the bottom. Long text wraps; a long summary is set smaller,
 * and, where it would still not fit, ends with an ellipsis: the legend and the source line are kept whole
 * before the summary is.
 */
export function layoutSlide(size: SlideSize, text: SlideText, mapAspect: number, measure: Measure = estimateWidth): SlideLayout {
  const u = size.width / 1920;
  const px = (n: number) => Math.round(n * u * 100) / 100;
  const [margin, gap] = [px(BASE.margin), px(BASE.gap)];
  const inner = size.width - 2 * margin;
  const font = (base: number, weight: Font['weight'] = 400): Font => ({size: px(base), weight});
  const block = (kind: TextBlock['kind'], x: number, top: number, f: Font, lines: string[]): TextBlock => ({
    kind,
    x,
    y: top + f.size,
    font: f,
    lineHeight: Math.round(f.size * BASE.leading * 100) / 100,
    lines,
  });
  const height = (b: TextBlock) => (b.lines.length ? (b.lines.length - 1) * b.lineHeight + b.font.size * BASE.leading : 0);

  const when = block('when', margin, margin, font(BASE.when), wrapText(text.when, inner, font(BASE.when), measure, 1));
  const title = block('title', margin, margin + height(when) + px(8), font(BASE.title, 700), wrapText(text.title, inner, font(BASE.title, 700), measure, 2));
  const sourceFont = font(BASE.source);
  const sourceLines = wrapText(text.source, inner, sourceFont, measure, 2);
  const source = block('source', margin, 0, sourceFont, sourceLines);
  source.y = size.height - margin - height(source) + sourceFont.size;

  const above = title.y - title.font.size + height(title) + gap;
  const bottom = source.y - sourceFont.size - gap;
  const column = px(BASE.column);
  const columnX = size.width - margin - column;
  const mapBox = fit({x: margin, y: above, width: columnX - gap - margin, height: bottom - above}, mapAspect);

  const keyFont = font(BASE.key);
  const swatch = px(28);
  const keyLines = text.legend.map((entry) => wrapText(entry.label, column - swatch - px(14), keyFont, measure, 2));
  const keyHeight = keyLines.reduce((sum, lines) => sum + Math.max(swatch, lines.length * keyFont.size * BASE.leading) + px(10), 0);
  const room = bottom - above - (keyHeight ? keyHeight + gap : 0);
  // A long summary is set a little smaller before it is cut: the words matter more than their size.
  const fitted = BASE.summarySizes.map((base) => {
    const f = font(base);
    const all = wrapText(text.summary, column, f, measure);
    return {f, all, fits: all.length * f.size * BASE.leading <= room};
  });
  const chosen = fitted.find((option) => option.fits) ?? fitted.at(-1)!;
  const summaryFont = chosen.f;
  const summaryLead = summaryFont.size * BASE.leading;
  const summaryLines = chosen.fits ? chosen.all : wrapText(text.summary, column, summaryFont, measure, Math.floor(room / summaryLead));
  const summaryHeight = summaryLines.length ? (summaryLines.length - 1) * Math.round(summaryLead * 100) / 100 + summaryLead : 0;
  // The map and the column share the space between the title and the source line, centred in it together.
  const columnHeight = Math.min(bottom - above, summaryHeight + (summaryLines.length && keyHeight ? gap : 0) + keyHeight);
  const top = above + Math.max(0, (bottom - above - Math.max(mapBox.height, columnHeight)) / 2);
  mapBox.y = top;
  const summary = block('summary', columnX, top, summaryFont, summaryLines);

  let y = top + height(summary) + (summary.lines.length ? gap : 0);
  const key = text.legend.map((entry, i): KeyBox => {
    const lines = keyLines[i] ?? [];
    const rowHeight = Math.max(swatch, lines.length * keyFont.size * BASE.leading);
    const label = block('key', columnX + swatch + px(14), y + (rowHeight - lines.length * keyFont.size * BASE.leading) / 2, keyFont, lines);
    const box = {x: columnX, y: y + (rowHeight - swatch) / 2, size: swatch, fill: entry.fill, label};
    y += rowHeight + px(10);
    return box;
  }).filter((box) => box.y + box.size <= bottom);
  return {...size, map: mapBox, texts: [when, title, summary, source, ...key.map((k) => k.label)], key};
}

/** The largest box of the given aspect ratio (width / height) inside `box`, at its top left. */
export function fit(box: Box, aspect: number): Box {
  const width = Math.min(box.width, box.height * aspect);
  return {x: box.x, y: box.y, width, height: width / aspect};
}
