import {describe, expect, it} from 'vitest';
import {fit, layoutSlide, SLIDE_SIZES, type SlideText} from '../../../src/export/layout.js';
import {estimateWidth} from '../../../src/export/wrap.js';

const text: SlideText = {
  when: '11 October 2001 · Step 7 of 31',
  title: 'Pakistan opens air bases to US forces',
  summary: 'Pakistan lets US forces use its air bases at Jacobabad and Pasni for search-and-rescue and support.',
  legend: [
    {label: 'Aided US operations in Afghanistan (12)', fill: '#009e73'},
    {label: 'Not grouped', fill: '#dde1e5'},
  ],
  source: 'Story from DesPardes, Irshad Salim. Map: Natural Earth (public domain), via world-atlas. Sources: The Guardian.',
};

const inside = (outer: {width: number; height: number}, x: number, y: number) => x >= 0 && y >= 0 && x <= outer.width && y <= outer.height;

describe('layoutSlide', () => {
  for (const size of SLIDE_SIZES)
    it(`layoutSlide(${size.width}×${size.height}) keeps the map, the text and the legend inside the slide, and apart`, () => {
      const layout = layoutSlide(size, text, 2000 / 916);
      expect([layout.width, layout.height]).toEqual([size.width, size.height]);
      const {map} = layout;
      expect(map.width / map.height).toBeCloseTo(2000 / 916, 3);
      expect(inside(size, map.x + map.width, map.y + map.height)).toBe(true);
      for (const block of layout.texts) {
        const bottom = block.y + (block.lines.length - 1) * block.lineHeight;
        expect(inside(size, block.x, bottom), block.kind).toBe(true);
        for (const line of block.lines) expect(block.x + estimateWidth(line, block.font), `${block.kind}: ${line}`).toBeLessThanOrEqual(size.width);
      }
      const summary = layout.texts.find((b) => b.kind === 'summary')!;
      expect(summary.x).toBeGreaterThan(map.x + map.width);
      const source = layout.texts.find((b) => b.kind === 'source')!;
      expect(source.y - source.font.size).toBeGreaterThan(map.y + map.height);
      expect(layout.key.map((k) => k.fill)).toEqual(['#009e73', '#dde1e5']);
      expect(layout.key[1]!.y).toBeGreaterThan(layout.key[0]!.y);
    });

  it('layoutSlide at 1280×720 is the 1920×1080 slide scaled by 2/3', () => {
    const [big, small] = SLIDE_SIZES.map((size) => layoutSlide(size, text, 2000 / 916)) as [ReturnType<typeof layoutSlide>, ReturnType<typeof layoutSlide>];
    expect(small.map.width).toBeCloseTo((big.map.width * 2) / 3, 0);
    expect(small.texts.map((b) => b.lines)).toEqual(big.texts.map((b) => b.lines));
  });

  it('layoutSlide shortens a summary too long for its column with an ellipsis, and keeps the legend whole', () => {
    const long = {...text, summary: 'word '.repeat(600)};
    const layout = layoutSlide(SLIDE_SIZES[0]!, long, 2000 / 916);
    const summary = layout.texts.find((b) => b.kind === 'summary')!;
    expect(summary.lines.at(-1)).toMatch(/…$/);
    expect(layout.key).toHaveLength(2);
    const lastKey = layout.key.at(-1)!;
    expect(summary.y + summary.lines.length * summary.lineHeight).toBeLessThan(layout.key[0]!.y + 1);
    expect(lastKey.y + lastKey.size).toBeLessThan(1080);
  });

  it('layoutSlide sets a longer summary smaller before cutting it', () => {
    const size = (summary: string) => layoutSlide(SLIDE_SIZES[0]!, {...text, summary}, 2000 / 916).texts.find((b) => b.kind === 'summary')!;
    const short = size('word '.repeat(20));
    const long = size('word '.repeat(95));
    expect(long.font.size).toBeLessThan(short.font.size);
    expect(long.lines.join(' ').split(' ')).toHaveLength(95);
  });
  it('layoutSlide keeps a long title to two lines and the source line to two', () => {
    const layout = layoutSlide(SLIDE_SIZES[0]!, {...text, title: 'Title '.repeat(80), source: 'Source '.repeat(200)}, 2);
    expect(layout.texts.find((b) => b.kind === 'title')!.lines).toHaveLength(2);
    expect(layout.texts.find((b) => b.kind === 'source')!.lines).toHaveLength(2);
  });

  it('layoutSlide drops legend rows that cannot fit rather than drawing them over the source line', () => {
    const legend = Array.from({length: 40}, (_, i) => ({label: `Group ${i}`, fill: '#000000'}));
    const layout = layoutSlide(SLIDE_SIZES[0]!, {...text, legend}, 2);
    const source = layout.texts.find((b) => b.kind === 'source')!;
    expect(layout.key.length).toBeLessThan(40);
    for (const k of layout.key) expect(k.y + k.size).toBeLessThan(source.y - source.font.size);
  });

  it('layoutSlide uses the measure it is given', () => {
    const wide = layoutSlide(SLIDE_SIZES[0]!, text, 2, (t, f) => t.length * f.size * 2);
    const narrow = layoutSlide(SLIDE_SIZES[0]!, text, 2, (t, f) => t.length * f.size * 0.2);
    const lines = (l: typeof wide) => l.texts.find((b) => b.kind === 'summary')!.lines.length;
    expect(lines(wide)).toBeGreaterThan(lines(narrow));
  });
});

describe('fit', () => {
  it('fit(box, aspect) is the largest box of that aspect inside, at the top left', () => {
    expect(fit({x: 10, y: 20, width: 400, height: 100}, 2)).toEqual({x: 10, y: 20, width: 200, height: 100});
    expect(fit({x: 0, y: 0, width: 100, height: 400}, 2)).toEqual({x: 0, y: 0, width: 100, height: 50});
  });
});
