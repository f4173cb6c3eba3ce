import {wcagContrast} from 'culori';
import {describe, expect, it} from 'vitest';
import {themes, type ColourName} from '../../../src/views/theme.js';

type Theme = keyof typeof themes;

/** A theme's colour, following `var(--_name)` to the colour it is defined from, in the same theme. */
function colour(theme: Theme, name: ColourName): string {
  const own: Partial<Record<ColourName, string>> = themes[theme];
  const value = own[name] ?? themes.light[name];
  const from = /^var\(--_([\w-]+)\)$/.exec(value)?.[1];
  return from ? colour(theme, from as ColourName) : value;
}

// [text, background, least contrast]: WCAG 2 asks 4.5:1 of text and 3:1 of what marks a control or a state.
const pairs: [ColourName, ColourName, number][] = [
  ['ink', 'paper', 4.5],
  ['muted', 'paper', 4.5],
  ['ink', 'raised', 4.5],
  ['muted', 'raised', 4.5],
  ['claim-ink', 'claim', 4.5],
  ['muted', 'claim', 4.5],
  ['error-ink', 'error', 4.5],
  ['ink', 'highlight', 4.5],
  ['muted', 'highlight', 4.5],
  ['paper', 'ink', 4.5],
  ['focus', 'paper', 3],
  ['accent', 'paper', 3],
  ['error-line', 'error', 3],
];

describe('themes', () => {
  for (const theme of Object.keys(themes) as Theme[])
    it.each(pairs)(`the ${theme} theme's %s on %s has at least %s:1 contrast`, (text, background, least) =>
      expect(wcagContrast(colour(theme, text), colour(theme, background))).toBeGreaterThanOrEqual(least),
    );
  it('the dark theme names only colours the light theme has', () =>
    expect(Object.keys(themes.dark).filter((name) => !(name in themes.light))).toEqual([]));
});
