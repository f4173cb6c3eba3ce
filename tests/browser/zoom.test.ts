import axe from 'axe-core';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, cleanup, mount, until} from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A generous wait for a condition: a busy machine may take a while to load the zoom's chunk. */
const soon = <T>(check: () => T) => until(check, 20_000);

interface Zoom {
  k: number;
  x: number;
  y: number;
}

/** The map's zoom transform, as drawn. */
function zoomOf(el: AlignmentMap): Zoom {
  const text = $(el, 'svg.map .zoom')?.getAttribute('transform') ?? '';
  const [x, y, k] = (/translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(text) ?? []).slice(1).map(Number);
  return {k: k ?? 1, x: x ?? 0, y: y ?? 0};
}

const near = (a: Zoom, b: Zoom) => Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3;

/** A reader who prefers reduced motion: every move is made at once, so no test waits on an animation. */
function reduceMotion(): void {
  const real = window.matchMedia.bind(window);
  vi.stubGlobal('matchMedia', (query: string) => (query.includes('reduced-motion') ? ({matches: true, media: query} as MediaQueryList) : real(query)));
}

/** Mounts a map and waits until it has been measured and framed. */
async function framed(attributes: Record<string, string> = {}, width = 800): Promise<AlignmentMap> {
  const el = await mount(attributes, width);
  await soon(() => zoomOf(el).k > 1);
  return el;
}

/** Where a country's drawn shape is centred on screen, and whether that is inside the map's box. */
function shown(el: AlignmentMap, id: string): boolean {
  const map = $(el, 'svg.map')!.getBoundingClientRect();
  const box = $(el, `path[data-id="${id}"]`)!.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  return x > map.left && x < map.right && y > map.top && y < map.bottom;
}

function wheel(el: AlignmentMap, init: WheelEventInit): void {
  const svg = $(el, 'svg.map')!;
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(new WheelEvent('wheel', {bubbles: true, cancelable: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, ...init}));
}

describe('the first view frames the story’s region', () => {
  it('shows Pakistan, India, Central Asia and Iran, not the Americas or Australia', async () => {
    const el = await framed();
    for (const id of ['586', '356', '004', '417', '364']) expect(shown(el, id), id).toBe(true);
    for (const id of ['124', '484', '076', '036']) expect(shown(el, id), id).toBe(false);
  });

  it('frames a second story by itself', async () => {
    const lavrov = zoomOf(await framed());
    cleanup();
    const el = await mount({src: '/tests/fixtures/mini-story.json'});
    await soon(() => $(el, '[part="header"] h2')?.textContent === 'A small test story' && !near(zoomOf(el), {k: 1, x: 0, y: 0}));
    expect(near(zoomOf(el), lavrov)).toBe(false);
    for (const id of ['586', '356']) expect(shown(el, id), id).toBe(true);
    // Three countries, two of them neighbours: a closer frame than the built-in story's.
    expect(zoomOf(el).k).toBeGreaterThan(lavrov.k);
  });

  it('keeps the map 4:3 on a phone-wide frame, and a small state a 24 px target', async () => {
    const el = await framed({}, 360);
    const box = $(el, 'svg.map')!.getBoundingClientRect();
    expect(box.width / box.height).toBeCloseTo(4 / 3, 2);
    const dot = $(el, 'circle.dot[data-id="048"]')!;
    const at = dot.getBoundingClientRect();
    const [cx, cy] = [at.left + at.width / 2, at.top + at.height / 2];
    for (const [dx, dy] of [[11.5, 0], [-11.5, 0], [0, 11.5], [0, -11.5]]) expect(el.shadowRoot!.elementFromPoint(cx + dx!, cy + dy!)).toBe(dot);
  });
});

describe('zoom and pan', () => {
  it('zooms with Ctrl and the wheel (a trackpad’s pinch), about the pointer', async () => {
    const el = await framed();
    const before = zoomOf(el);
    wheel(el, {deltaY: -100, ctrlKey: true});
    await soon(() => zoomOf(el).k > before.k * 1.5);
  });

  it('lets a plain wheel scroll the page, and says how to zoom', async () => {
    const el = await framed();
    const before = zoomOf(el);
    // The hint comes with the zoom's chunk, which a first wheel asks for: wheel until it has arrived.
    const hint = await soon(() => (wheel(el, {deltaY: -100}), $(el, '.zoom-hint')));
    expect(hint.textContent).toMatch(/Hold (Ctrl|⌘) and scroll to zoom the map/);
    expect(near(zoomOf(el), before)).toBe(true);
  });

  it('zooms with a plain wheel once the reader has pressed the map', async () => {
    const el = await framed();
    const before = zoomOf(el);
    $(el, 'svg.map')!.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, pointerType: 'mouse'}));
    wheel(el, {deltaY: -100});
    await soon(() => zoomOf(el).k > before.k * 1.1);
  });

  it('pinches with two fingers, even when the pinch begins before d3-zoom has loaded', async () => {
    const el = await mount();
    await soon(() => zoomOf(el).k > 1);
    const svg = $(el, 'svg.map')!;
    const box = svg.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const touch = (identifier: number, dx: number) => new Touch({identifier, target: svg, clientX: cx + dx, clientY: cy});
    const send = (type: string, touches: Touch[], changed = touches) =>
      svg.dispatchEvent(new TouchEvent(type, {touches, changedTouches: changed, targetTouches: touches, bubbles: true, cancelable: true, composed: true}));
    const before = zoomOf(el);
    send('touchstart', [touch(1, -20)]);
    send('touchstart', [touch(1, -20), touch(2, 20)], [touch(2, 20)]);
    send('touchmove', [touch(1, -80), touch(2, 80)]);
    send('touchend', [], [touch(1, -80), touch(2, 80)]);
    await soon(() => zoomOf(el).k > before.k * 3.5);
  });

  it('zooms in with a double tap', async () => {
    reduceMotion();
    const el = await framed();
    const svg = $(el, 'svg.map')!;
    const box = svg.getBoundingClientRect();
    const at = new Touch({identifier: 1, target: svg, clientX: box.left + 100, clientY: box.top + 100});
    const send = (type: string, touches: Touch[]) =>
      svg.dispatchEvent(new TouchEvent(type, {touches, changedTouches: [at], targetTouches: touches, bubbles: true, cancelable: true, composed: true}));
    const before = zoomOf(el);
    for (let i = 0; i < 2; i++) {
      send('touchstart', [at]);
      send('touchend', []);
    }
    await soon(() => zoomOf(el).k > before.k * 1.9);
  });

  it('zooms with +, − and back with reset; keeps the zoom within bounds', async () => {
    reduceMotion();
    const el = await framed();
    const start = zoomOf(el);
    const button = (label: string) => $<HTMLButtonElement>(el, `button[aria-label="${label}"]`)!;
    button('Zoom in').click();
    await soon(() => zoomOf(el).k > start.k * 1.9);
    for (let i = 0; i < 5; i++) button('Zoom in').click();
    await soon(() => zoomOf(el).k === 16);
    await soon(() => button('Zoom in').getAttribute('aria-disabled') === 'true');
    button('Back to the story’s region').click();
    await soon(() => near(zoomOf(el), start));
    for (let i = 0; i < 5; i++) button('Zoom out').click();
    await soon(() => zoomOf(el).k === 1 && button('Zoom out').getAttribute('aria-disabled') === 'true');
  });

  it('zooms with + and − on the focused map, and 0 goes back', async () => {
    reduceMotion();
    const el = await framed();
    const start = zoomOf(el);
    const pakistan = $<SVGElement>(el, 'path[data-id="586"]')!;
    pakistan.focus();
    const key = (k: string) => pakistan.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true, composed: true, cancelable: true}));
    key('+');
    await soon(() => zoomOf(el).k > start.k * 1.9);
    key('-');
    key('-');
    await soon(() => zoomOf(el).k < start.k * 0.6);
    key('0');
    await soon(() => near(zoomOf(el), start));
  });

  it('keeps the country the arrow keys walk to on screen', async () => {
    reduceMotion();
    const el = await framed();
    const select = $<HTMLSelectElement>(el, '.region select')!;
    select.value = 'gulf';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await soon(() => zoomOf(el).k === 16);
    const gulf = zoomOf(el);
    $<SVGElement>(el, 'path[data-id="634"]')!.focus();
    const onScreen = (e: Element) => {
      const [map, box] = [$(el, 'svg.map')!.getBoundingClientRect(), e.getBoundingClientRect()];
      return box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
    };
    const walked = new Set<string>();
    for (let i = 0; i < 6; i++) {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, composed: true, cancelable: true}));
      await el.updateComplete;
      const focused = await soon(() => el.shadowRoot!.activeElement);
      walked.add(focused.getAttribute('data-id')!);
      await soon(() => onScreen(focused));
    }
    expect(walked.size).toBeGreaterThan(3);
    expect(near(zoomOf(el), gulf)).toBe(false);
  });

  it('frames a preset region, and names it in the select until the reader moves the map', async () => {
    reduceMotion();
    const el = await framed();
    const select = $<HTMLSelectElement>(el, '.region select')!;
    expect(select.value).toBe('story');
    select.value = 'europe';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await soon(() => shown(el, '276') && shown(el, '616') && !shown(el, '586'));
    expect(select.value).toBe('europe');
    wheel(el, {deltaY: -100, ctrlKey: true});
    await soon(() => $<HTMLSelectElement>(el, '.region select')!.value === '');
    expect($(el, '.region select option:checked')?.textContent).toBe('Your view');
  });

  it('keeps strokes crisp and pins and dots their size on screen at any zoom', async () => {
    reduceMotion();
    const el = await framed({selected: '586'});
    for (const selector of ['path[data-id="586"]', 'path.selected', '.pin path', 'circle.dot'])
      expect(getComputedStyle($(el, selector)!).vectorEffect, selector).toBe('non-scaling-stroke');
    const size = (selector: string) => $(el, selector)!.getBoundingClientRect().height;
    const [pin, dot] = [size('.pin .shape'), size('circle.dot[data-id="048"]')];
    $<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]')!.click();
    await soon(() => zoomOf(el).k > 4);
    expect(size('.pin .shape')).toBeCloseTo(pin, 0);
    expect(size('circle.dot[data-id="048"]')).toBeCloseTo(dot, 0);
  });
});

describe('zoom survives a new story and removal mid-animation', () => {
  it('opens a new story on its own region when src changes during a move', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const mini = await mount({src: '/tests/fixtures/mini-story.json'});
    await soon(() => $(mini, '[part="header"] h2')?.textContent === 'A small test story' && zoomOf(mini).k > 1);
    const expected = zoomOf(mini);
    cleanup();
    const el = await framed();
    const select = $<HTMLSelectElement>(el, '.region select')!;
    select.value = 'europe';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await soon(() => zoomOf(el).x !== 0 && $(el, 'svg.map')!.matches('svg'));
    el.src = '/tests/fixtures/mini-story.json';
    await soon(() => $(el, '[part="header"] h2')?.textContent === 'A small test story');
    await soon(() => near(zoomOf(el), expected));
    // No frame of the old animation comes after it.
    await new Promise((r) => setTimeout(r, 700));
    expect(near(zoomOf(el), expected)).toBe(true);
    expect($<HTMLSelectElement>(el, '.region select')!.value).toBe('story');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('stops moving, with no error and no timer left, when removed mid-animation', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await framed();
    const pending = new Set<number>();
    const {setTimeout: set, clearTimeout: clear} = window;
    vi.stubGlobal('setTimeout', ((fn: () => void, ms?: number) => {
      const id: number = set(() => (pending.delete(id), fn()), ms);
      pending.add(id);
      return id;
    }) as typeof setTimeout);
    vi.stubGlobal('clearTimeout', ((id?: number) => (pending.delete(id!), clear(id))) as typeof clearTimeout);
    // The wheel's hint holds a timer.
    await soon(() => (wheel(el, {deltaY: -100}), $(el, '.zoom-hint')));
    expect(pending.size).toBeGreaterThan(0);
    $<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]')!.click();
    const start = zoomOf(el).k;
    await soon(() => zoomOf(el).k > start);
    el.remove();
    const stopped = zoomOf(el);
    await new Promise((r) => set(r, 700));
    expect(zoomOf(el)).toEqual(stopped);
    expect(pending.size).toBe(0);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the zoom controls (axe-core)', () => {
  it('has no serious or critical violations on a phone-wide frame, zoomed to the limit, with the wheel’s hint shown', async () => {
    reduceMotion();
    const el = await framed({}, 360);
    const select = $<HTMLSelectElement>(el, '.region select')!;
    select.value = 'gulf';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await soon(() => $(el, 'button[aria-label="Zoom in"]')?.getAttribute('aria-disabled') === 'true');
    await soon(() => (wheel(el, {deltaY: -100}), $(el, '.zoom-hint')));
    const {violations} = await axe.run(el, {resultTypes: ['violations']});
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
