import {afterEach, describe, expect, it} from 'vitest';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {handoutPlan} from '../../src/export/plan.js';
import type {StoryEvent} from '../../src/model/types.js';
import {miniRaw} from '../helpers/story.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

/** The events a handout maps: all of them, or, past its limit, all but the background ones. */
const mapped = handoutPlan(story.events as unknown as StoryEvent[]).shown.map((i) => story.events[i]!);

/** Printing starts: the handout's chunk has arrived (it loads when the browser is idle), then `beforeprint`. */
async function printing(el: AlignmentMap): Promise<Element> {
  await until(() => $(el, '.handout'));
  window.dispatchEvent(new Event('beforeprint'));
  return until(() => $(el, '.handout .handout-doc'));
}

describe('the printed handout', () => {
  it('draws a small map of every event with its date, caption and lettered key, then quotes, sources and corrections', async () => {
    const el = await mount({date: '2017-11-12'}, 1000);
    const doc = await printing(el);
    const figures = [...doc.querySelectorAll('.multiple')];
    expect(figures.map((f) => f.getAttribute('data-event'))).toEqual(mapped.map((e) => e.id));
    const quad = figures.find((f) => f.getAttribute('data-event') === 'quad-revived')!;
    expect(quad.querySelector('h3')?.textContent).toBe('The Quad is revived');
    expect(quad.querySelector('.when')?.textContent).toContain(`12 November 2017 · Step ${story.events.findIndex((e) => e.id === 'quad-revived') + 1} of`);
    expect(quad.querySelector('.summary')?.textContent).toMatch(/Manila/);
    expect(quad.querySelectorAll('.small-map path.country').length).toBeGreaterThan(230);
    expect(quad.querySelector('.small-map path[data-id="840"]')?.getAttribute('data-bloc')).toBe('quad');
    // Each group in the key has a letter, written on the map too.
    const letters = [...quad.querySelectorAll('.keys li:not([data-bloc="none"]) .chip text')].map((t) => t.textContent);
    expect(letters).toEqual(['A', 'B', 'C', 'D'].slice(0, letters.length));
    expect(letters.length).toBeGreaterThanOrEqual(3);
    expect([...quad.querySelectorAll('.small-map .letters text')].map((t) => t.textContent)).toEqual(letters);
    expect(quad.querySelector('.keys')?.textContent).toMatch(/The Quad \(4\)/);
    expect(doc.querySelectorAll('.part-quotes .said').length).toBe(story.quotes.length);
    expect(doc.querySelector('.part-quotes')?.textContent).toContain('Sergey Lavrov');
    expect(doc.querySelector('.part-quotes')?.textContent).toContain('https://despardes.com/lavrov-from-russia-with-love-visits-pakistan/');
    const urls = [...doc.querySelectorAll('.part-sources .url')].map((u) => u.textContent);
    for (const source of mapped.flatMap((e) => e.sources)) expect(urls).toContain(source.url);
    expect(doc.querySelectorAll('.part-fixes .fix').length).toBe(story.claims.length);
    expect(doc.querySelector('.part-fixes')?.textContent).toContain('Correction:');
    window.dispatchEvent(new Event('afterprint'));
    expect($(el, '.handout .handout-doc')).toBeNull();
  });

  it('says which groups print as the same grey, by their letters, on the maps where they meet', async () => {
    const el = await mount({}, 1000);
    const doc = await printing(el);
    const notes = [...doc.querySelectorAll('.multiple .grey')];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const figure = note.closest('.multiple')!;
      const keyed = [...figure.querySelectorAll('.keys .chip text')].map((t) => t.textContent);
      const named = note.textContent!.match(/In grey, (.+) look alike/)![1]!.split(/, | and /);
      for (const name of named) expect(name === 'Not grouped' || keyed.includes(name), `${name} in ${figure.getAttribute('data-event')}`).toBe(true);
    }
    // Moving closer to the USA (B, a blue, hatched as the article's reading) and the SCO founders (C, an ochre)
    // differ in hue but print as about the same grey.
    const steps = doc.querySelector('.multiple[data-event="putin-five-steps"]')!;
    expect(steps.querySelector('.grey')?.textContent).toBe('In grey, B and C look alike: read the letters on the map. Also patterned: B.');
  });

  it('leaves out the quotes and corrections of a story that has none', async () => {
    const raw = {...miniRaw(), quotes: [], claims: [], places: []};
    const el = await mount({src: URL.createObjectURL(new Blob([JSON.stringify(raw)], {type: 'application/json'}))}, 800);
    await until(() => $(el, '[part="header"] h2'));
    const doc = await printing(el);
    expect(doc.querySelectorAll('.multiple')).toHaveLength(3);
    expect(doc.querySelector('.part-quotes')).toBeNull();
    expect(doc.querySelector('.part-fixes')).toBeNull();
    expect(doc.querySelector('.part-sources')?.textContent).toContain('https://example.org/a');
  });

  it('prints from the menu’s "Print a handout": drawn before the print dialog, gone after', async () => {
    const el = await mount({}, 1000);
    const print = window.print;
    let drawn = 0;
    window.print = () => {
      drawn = $$(el, '.handout .multiple').length;
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      $<HTMLButtonElement>(el, '.more > button')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-menu="handout"]')!.click();
      await until(() => drawn);
    } finally {
      window.print = print;
    }
    expect(drawn).toBe(mapped.length);
    expect($(el, '.handout .handout-doc')).toBeNull();
  });

  it('paints the small maps and their keys with the map’s own patterns, and names the pattern in a grey note', async () => {
    // In March 2003 Russia's unease is the article's reading: an opinion, hatched by the map's own pattern.
    const el = await mount({date: '2003-03-20'}, 1000);
    const doc = await printing(el);
    const iraq = doc.querySelector('.multiple[data-event="iraq-invasion"]')!;
    const fill = getComputedStyle(iraq.querySelector('.small-map path[data-bloc="uneasy"]')!).fill;
    expect(fill).toMatch(/^url\(/);
    expect(iraq.querySelector('.keys li[data-bloc="uneasy"] rect')?.getAttribute('fill')).toBe(fill);
    expect(iraq.querySelector('.keys li[data-bloc="uneasy"]')?.textContent).toMatch(/[A-Z] Uneasy with US policy/);
    expect([...iraq.querySelectorAll('.grey')].map((p) => p.textContent).join(' ')).toMatch(/Also patterned: [A-Z]/);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('hides the controls, the tooltip and popups in print, before the handout arrives', async () => {
    const el = await mount({selected: '586'}, 1000);
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const print = sheets.flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    const hidden = print.flatMap((r) => [...r.cssRules]).filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.style.display === 'none');
    const selectors = hidden.map((r) => r.selectorText).join(', ');
    for (const part of ['.toolbar', '.timeline', '.tip', '.popup', 'dialog']) expect(selectors).toContain(part);
  });
});
