/**
 * The 16:9 slide an export draws: where the map, the date, the caption, the legend and the source line go.
 * Pure: text widths come from a `measure` function (a canvas 2D context's `measureText` in the browser, an
 * estimate in tests), so the same composition can be checked in Node.
 */

import {estimateWidth, wrapText, type Font, type Measure} from './wrap.js';

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

/** Measures of one slide: pixels scaled from 1920 px wide, fonts, and text blocks set from their top. */
function typesetter(width: number, measure: Measure) {
  const u = width / 1920;
  const px = (n: number) => Math.round(n * u * 100) / 100;
  const font = (base: number, weight: Font['weight'] = 400): Font => ({size: px(base), weight});
  const lead = (f: Font) => f.size * BASE.leading;
  const block = (kind: TextBlock['kind'], x: number, top: number, f: Font, lines: string[]): TextBlock => ({
    kind,
    x,
    y: top + f.size,
    font: f,
    lineHeight: Math.round(lead(f) * 100) / 100,
    lines,
  });
  const height = (b: TextBlock) => (b.lines.length ? (b.lines.length - 1) * b.lineHeight + lead(b.font) : 0);
  return {px, font, lead, block, height, measure};
}

type Typesetter = ReturnType<typeof typesetter>;

/** The summary's lines in `room` pixels: a long one is set a little smaller before it is cut, words first. */
function summaryLines(summary: string, width: number, room: number, t: Typesetter): {font: Font; lines: string[]} {
  const tried = BASE.summarySizes.map((base) => {
    const font = t.font(base);
    const lines = wrapText(summary, width, font, t.measure);
    return {font, lines, fits: lines.length * t.lead(font) <= room};
  });
  const chosen = tried.find((option) => option.fits) ?? tried.at(-1)!;
  const lines = chosen.fits ? chosen.lines : wrapText(summary, width, chosen.font, t.measure, Math.floor(room / t.lead(chosen.font)));
  return {font: chosen.font, lines};
}

/** The legend's rows: a square and a label of up to two lines each, from `top`, dropping rows below `bottom`. */
function keyRows(legend: readonly KeyEntry[], x: number, width: number, t: Typesetter): {height: number; place: (top: number, bottom: number) => KeyBox[]} {
  const font = t.font(BASE.key);
  const swatch = t.px(28);
  const rows = legend.map((entry) => {
    const lines = wrapText(entry.label, width - swatch - t.px(14), font, t.measure, 2);
    return {entry, lines, height: Math.max(swatch, lines.length * t.lead(font))};
  });
  const place = (top: number, bottom: number) => {
    let y = top;
    return rows
      .map(({entry, lines, height}): KeyBox => {
        const label = t.block('key', x + swatch + t.px(14), y + (height - lines.length * t.lead(font)) / 2, font, lines);
        const box = {x, y: y + (height - swatch) / 2, size: swatch, fill: entry.fill, label};
        y += height + t.px(10);
        return box;
      })
      .filter((box) => box.y + box.size <= bottom);
  };
  return {height: rows.reduce((sum, row) => sum + row.height + t.px(10), 0), place};
}

/**
 * Lays out one slide: the date and the title across the top, the map on the left, the summary and the legend
 * in a column on the right, the source line along the bottom. Long text wraps; a long summary is set smaller,
 * and, where it would still not fit, ends with an ellipsis: the legend and the source line are kept whole
 * before the summary is.
 */
export function layoutSlide(size: SlideSize, text: SlideText, mapAspect: number, measure: Measure = estimateWidth): SlideLayout {
  const t = typesetter(size.width, measure);
  const [margin, gap, column] = [t.px(BASE.margin), t.px(BASE.gap), t.px(BASE.column)];
  const inner = size.width - 2 * margin;
  const [whenFont, titleFont, sourceFont] = [t.font(BASE.when), t.font(BASE.title, 700), t.font(BASE.source)];
  const when = t.block('when', margin, margin, whenFont, wrapText(text.when, inner, whenFont, measure, 1));
  const title = t.block('title', margin, margin + t.height(when) + t.px(8), titleFont, wrapText(text.title, inner, titleFont, measure, 2));
  const source = t.block('source', margin, 0, sourceFont, wrapText(text.source, inner, sourceFont, measure, 2));
  source.y = size.height - margin - t.height(source) + sourceFont.size;

  const above = title.y - titleFont.size + t.height(title) + gap;
  const bottom = source.y - sourceFont.size - gap;
  const columnX = size.width - margin - column;
  const map = fit({x: margin, y: above, width: columnX - gap - margin, height: bottom - above}, mapAspect);
  const key = keyRows(text.legend, columnX, column, t);
  const summary = summaryLines(text.summary, column, bottom - above - (key.height ? key.height + gap : 0), t);
  const summaryHeight = summary.lines.length * t.lead(summary.font);
  // The map and the column share the space between the title and the source line, centred in it together.
  const columnHeight = Math.min(bottom - above, summaryHeight + (summary.lines.length && key.height ? gap : 0) + key.height);
  const top = above + Math.max(0, (bottom - above - Math.max(map.height, columnHeight)) / 2);
  const summaryBlock = t.block('summary', columnX, top, summary.font, summary.lines);
  const keys = key.place(top + t.height(summaryBlock) + (summary.lines.length ? gap : 0), bottom);
  return {...size, map: {...map, y: top}, texts: [when, title, summaryBlock, source, ...keys.map((k) => k.label)], key: keys};
}

/** The largest box of the given aspect ratio (width / height) inside `box`, at its top left. */
export function fit(box: Box, aspect: number): Box {
  const width = Math.min(box.width, box.height * aspect);
  return {x: box.x, y: box.y, width, height: width / aspect};
}
