import {describe, expect, it} from 'vitest';
import raw from '../../../data/lavrov-pakistan-2021.json';
import type {Story} from '../../../src/model/types.js';
import {themes} from '../../../src/views/theme.js';
import {closest, conflicts, silentChanges, THRESHOLD} from '../../helpers/palette.js';
import {countries, miniStory} from '../../helpers/story.js';
import injection from '../../fixtures/injection.json';
import {validateStory} from '../../../src/model/validate.js';

// Deterministic: colour arithmetic over the story's own blocs and dates, no screenshots.
const story = validateStory(raw, {countries}).story!;
const stories: [string, Story][] = [
  ['the built-in story', story],
  ['the mini fixture', miniStory()],
  ['the injection fixture', validateStory(injection, {countries}).story!],
];
const neutrals = Object.entries(themes).map(([theme, colours]) => [theme, colours.neutral] as const);

describe(`the palette: fills shown together differ by at least ${THRESHOLD} ΔE2000 under normal vision, protanopia, deuteranopia and tritanopia, or by a hatch`, () => {
  for (const [name, s] of stories)
    for (const [theme, neutral] of neutrals)
      it(`conflicts(${name}, the ${theme} neutral) is empty`, () => expect(conflicts(s, neutral)).toEqual([]));

  for (const [name, s] of stories) it(`silentChanges(${name}): every change of bloc can be seen`, () => expect(silentChanges(s)).toEqual([]));

  it('conflicts() finds the pair that protanopes and deuteranopes could not tell apart in the old palette', () => {
    const old = {...story, blocs: story.blocs.map((b) => ({...b, colour: {eastern: '#d55e00', 'sco-founders': '#a6761d'}[b.id] ?? b.colour, opinion: undefined}))};
    expect(conflicts(old, themes.light.neutral)).toContainEqual(expect.objectContaining({day: '2021-04-06', a: 'sco-founders', b: 'eastern', vision: 'deuteranopia'}));
  });

  it('silentChanges() finds the Quad turning into the Western block in one blue, as it was', () => {
    const old = {...story, blocs: story.blocs.map((b) => (b.id === 'western' ? {...b, colour: '#0072b2', opinion: undefined} : b.id === 'quad' ? {...b, colour: '#0072b2'} : b))};
    expect(silentChanges(old)).toContain('2021-04-06 356: quad → western');
  });

  it('closest() is 0 for a colour and itself, and large for black and white', () => {
    expect(closest('#d55e00', '#d55e00').difference).toBe(0);
    expect(closest('#000', '#fff').difference).toBeGreaterThan(90);
  });
});
