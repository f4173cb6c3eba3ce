import {describe, expect, it} from 'vitest';
import {wrapText, type Font} from '../../../src/export/wrap.js';

const font: Font = {size: 10, weight: 400};
/** Every character 10 px wide: widths are easy to reason about. */
const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('wrapText(text, width) breaks between words, no line wider than the width', () => {
    expect(wrapText('one two three four', 90, font, mono)).toEqual(['one two', 'three', 'four']);
  });
  it('wrapText(text, width, font, measure, maxLines) ends the last kept line with an ellipsis', () => {
    const lines = wrapText('one two three four five', 90, font, mono, 2);
    expect(lines).toEqual(['one two', 'three…']);
  });
  it('wrapText cuts a word wider than the line instead of overflowing', () => {
    const [line] = wrapText('https://example.org/a/very/long/path', 100, font, mono);
    expect(line).toMatch(/…$/);
    expect(mono(line!)).toBeLessThanOrEqual(100);
  });
  it('wrapText of empty text is no lines', () => expect(wrapText('  ', 100, font, mono)).toEqual([]));
});
