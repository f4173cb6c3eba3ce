import axe from 'axe-core';
import {render} from 'lit';
import {afterEach, describe, expect, it} from 'vitest';
import {world} from '../../src/built-in.js';
import type {WorldCountry} from '../../src/geo/world.js';
import type {CountryView} from '../../src/views/countries.js';
import {worldView} from '../../src/views/world.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

/** WCAG 2 contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

async function seriousViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {resultTypes: ['violations']});
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const paper = {light: 'rgb(255, 255, 255)', dark: 'rgb(21, 25, 29)'};

describe('themes', () => {
  it('follows prefers-color-scheme by default, and the theme attribute overrides it', async () => {
    const el = await mount();
    const background = () => getComputedStyle($(el, '.frame')!).backgroundColor;
    expect(background()).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? paper.dark : paper.light);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(background()).toBe(paper.dark);
    expect(getComputedStyle(el).colorScheme).toBe('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).toBe('light');
    expect(background()).toBe(paper.light);
  });

  it('says so when the theme attribute names no theme', async () => {
    const el = await mount({theme: 'sepia'});
    expect($(el, '.notice')?.textContent).toContain('theme: "sepia" is not light, dark or auto');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps correction and notice text at 4.5:1 or more in the ${theme} theme`, async () => {
      // The mini fixture corrects the article at its 2006 step; an unknown `selected` raises a notice.
      const el = await mount({src: '/tests/fixtures/mini-story.json', date: '2006-01-01', selected: '999', theme});
      const claim = await until(() => $(el, '.claim'));
      const box = getComputedStyle(claim).backgroundColor;
      expect(box).not.toBe(getComputedStyle($(el, '.frame')!).backgroundColor);
      for (const text of [claim, ...$$(el, '.claim .sources')]) expect(contrast(getComputedStyle(text).color, box)).toBeGreaterThanOrEqual(4.5);
      const notice = $(el, '.notice')!;
      expect(contrast(getComputedStyle(notice).color, getComputedStyle(notice).backgroundColor)).toBeGreaterThanOrEqual(4.5);
    });

    it(`has no serious or critical axe violation in the ${theme} theme with a popup open`, async () => {
      const el = await mount({selected: '586', theme});
      expect($(el, '[role="dialog"]')).not.toBeNull();
      expect(await seriousViolations(el)).toEqual([]);
    });
  }
});

describe('a second channel beyond colour', () => {
  it('hatches an opinion on the map, in the legend and in the popup, and names it in the tooltip label', async () => {
    const el = await mount({date: '2021-04-06', selected: '586'});
    const fill = $(el, 'path[data-id="586"]')!.getAttribute('fill')!;
    const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect($(el, `pattern[id="${id}"] rect.hatch`)).not.toBeNull();
    expect($(el, '.legend [data-bloc="eastern"] .swatch .hatch')).not.toBeNull();
    expect($(el, '.legend [data-bloc="sco-founders"] .swatch .hatch')).toBeNull();
    expect($(el, '[role="dialog"] .bloc .swatch .hatch')).not.toBeNull();
    expect($(el, 'path[data-id="586"]')!.getAttribute('aria-label')).toMatch(/\(opinion\)/);
  });

  it('draws a fact in a plain colour', async () => {
    const el = await mount({date: '2017-11-12'});
    expect($(el, 'path[data-id="356"]')!.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the country layer: stripes and the overlap mark', () => {
  function draw(box: HTMLElement, look: (country: WorldCountry) => CountryView): void {
    render(worldView({world, label: 'Test map', look, focus: undefined, selected: undefined, pins: []}), box);
  }
  const plain = (c: WorldCountry): CountryView => ({bloc: 'none', label: c.name});

  it('fills a country holding other colours with a striped pattern of the map’s own, and marks its centre', () => {
    const box = document.body.appendChild(document.createElement('div'));
    const india: CountryView = {bloc: 'quad', colour: '#2f6fdf', stripes: ['#d09b67'], mark: true, label: 'India'};
    draw(box, (c) => (c.id === '356' ? india : plain(c)));
    const fill = box.querySelector('path[data-id="356"]')!.getAttribute('fill')!;
    const pattern = box.querySelector(`defs pattern[id="${/^url\(#(.+)\)$/.exec(fill)?.[1]}"]`)!;
    expect([...pattern.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).toEqual(['#2f6fdf', '#d09b67']);
    const mark = box.querySelector('.marks circle.overlap')!;
    const centre = world.countries.find((c) => c.id === '356')!.c;
    expect([Number(mark.getAttribute('cx')), Number(mark.getAttribute('cy'))]).toEqual(centre);
    draw(box, (c) => (c.id === '356' ? {...india, mark: false} : plain(c)));
    expect(box.querySelector('.overlap')).toBeNull();
  });

  it('touches only the countries whose view changed', async () => {
    const box = document.body.appendChild(document.createElement('div'));
    draw(box, plain);
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target as Element)));
    observer.observe(box, {subtree: true, attributes: true, childList: true});
    draw(box, (c) => (c.id === '586' ? {bloc: 'eastern', colour: '#ce3701', hatched: true, label: 'Pakistan'} : plain(c)));
    await Promise.resolve();
    observer.disconnect();
    const touched = [...changed].filter((node) => node.matches('[data-id], [data-name]'));
    expect(touched.map((node) => node.getAttribute('data-id'))).toEqual(['586']);
  });

  it('gives each map on a page its own pattern ids', () => {
    const boxes = [0, 1].map(() => document.body.appendChild(document.createElement('div')));
    for (const box of boxes) draw(box, (c) => (c.id === '586' ? {bloc: 'x', colour: '#ce3701', hatched: true, label: 'Pakistan'} : plain(c)));
    const ids = boxes.map((box) => box.querySelector('pattern')!.id);
    expect(new Set(ids).size).toBe(2);
  });
});
