import axe from 'axe-core';
import {unzipSync} from 'fflate';
import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import story from '../../data/lavrov-pakistan-2021.json';
import {world} from '../../src/built-in.js';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, cleanup, mount, settled, until} from './helpers.js';

afterEach(cleanup);

/**
 * Catches the next file the element hands to the browser: its `<a download>` click is stopped before it
 * saves anything, and the blob behind it is read. `fetch` resolves the `blob:` URL when it is called.
 */
function nextDownload(): Promise<{name: string; blob: Blob}> {
  return new Promise((resolve) => {
    const onClick = (e: MouseEvent) => {
      const link = e.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      e.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((r) => r.blob())
        .then((blob) => resolve({name: link.download, blob}));
    };
    document.addEventListener('click', onClick, true);
  });
}

/** Chooses a "More" menu entry as a reader would, then waits for the export dialog. */
async function openExport(el: AlignmentMap, id: 'export-png' | 'export-svg' | 'export-zip'): Promise<HTMLDialogElement> {
  await until(() => $(el, '.more > button'));
  $<HTMLButtonElement>(el, '.more > button')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, `[data-menu="${id}"]`)!.click();
  return until(() => $<HTMLDialogElement>(el, 'dialog.export[open]'));
}

/** Exports through the dialog at the size given and returns the downloaded file. */
async function download(el: AlignmentMap, id: 'export-png' | 'export-svg' | 'export-zip', size = '1920x1080') {
  const dialog = await openExport(el, id);
  dialog.querySelector<HTMLInputElement>(`input[value="${size}"]`)!.click();
  const file = nextDownload();
  dialog.querySelector<HTMLButtonElement>('[data-action="go"]')!.click();
  return file;
}

const parse = async (blob: Blob) => new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');

/** The colour of the pixel at (x, y) of a decoded image. */
function pixel(bitmap: ImageBitmap, x: number, y: number): number[] {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data];
}

const total = story.events.length;
/** The number a file of the series gives an event: its place on the timeline, from 01. */
const numbered = (id: string) => String(story.events.findIndex((e) => e.id === id) + 1).padStart(2, '0');
const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

describe('export for slides', () => {
  for (const [size, width, height] of [['1920x1080', 1920, 1080], ['1280x720', 1280, 720]] as const)
    it(`exports this view as an SVG document of ${width}×${height} that carries the caption, legend and sources`, async () => {
      const el = await mount({date: '2017-11-12'}, 1000);
      const {name, blob} = await download(el, 'export-svg', size);
      expect(name).toBe(`${numbered('quad-revived')}-2017-11-12-quad-revived.svg`);
      expect(blob.type).toBe('image/svg+xml');
      const doc = await parse(blob);
      expect(doc.querySelector('parsererror')).toBeNull();
      const root = doc.documentElement;
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(width), String(height)]);
      const text = root.textContent ?? '';
      expect(text).toContain('The Quad is revived');
      expect(text).toContain('12 November 2017');
      expect(text).toMatch(/The Quad \(\d+\)/);
      expect(text).toContain('Story from DesPardes, Irshad Salim.');
      expect(text).toContain('Natural Earth');
      expect(text).toContain('Zee News');
      expect(doc.querySelectorAll('svg svg path[data-id]').length).toBeGreaterThan(230);
      expect(doc.querySelector('path[data-id="840"]')?.getAttribute('fill')).toBe(getComputedStyle($(el, 'path[data-id="840"]')!).fill);
      expect(doc.querySelector('[tabindex], [role]')).toBeNull();
      expect($(el, 'dialog.export [role="status"]')?.textContent).toContain(`Saved ${name}`);
    });

  it('exports this view as a PNG of the requested size, the countries coloured where the map puts them', async () => {
    const el = await mount({date: '2017-11-12'}, 1000);
    const svg = await parse((await download(el, 'export-svg', '1280x720')).blob);
    $<HTMLButtonElement>(el, 'dialog.export [data-action="dismiss"]')!.click();
    await el.updateComplete;
    const {name, blob} = await download(el, 'export-png', '1280x720');
    expect(name).toBe(`${numbered('quad-revived')}-2017-11-12-quad-revived.png`);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([1280, 720]);
    const box = svg.querySelector('svg > svg')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(box.getAttribute(a)));
    const s = Math.min(w! / world.width, h! / world.height);
    // The view as the reader sees it, zoomed to the story's region: where the live map puts a country's centre,
    // as a share of the map's box, is where the image puts it in the map's box.
    const live = $<SVGSVGElement>(el, 'svg.map')!;
    const frame = live.getBoundingClientRect();
    const at = (id: string) => {
      const [cx, cy] = world.countries.find((c) => c.id === id)!.c;
      const p = new DOMPoint(cx, cy).matrixTransform($<SVGGElement>(el, 'svg.map .zoom')!.getScreenCTM()!);
      return pixel(bitmap, x! + ((p.x - frame.left) / frame.width) * world.width * s, y! + ((p.y - frame.top) / frame.height) * world.height * s);
    };
    // Countries with no ring at their centre (Pakistan and India have one: memberships on both sides).
    for (const id of ['643', '156', '398']) {
      const live = rgb(getComputedStyle($(el, `path[data-id="${id}"]`)!).fill);
      const drawn = at(id);
      live.forEach((channel, i) => expect(Math.abs(drawn[i]! - channel), `${id}: ${drawn} vs ${live}`).toBeLessThan(6));
    }
    expect(pixel(bitmap, 5, 5).slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('exports every event as numbered PNGs in a zip, with progress, and leaves the map as it was', async () => {
    const el = await mount({date: '2017-11-12'}, 1000);
    await until(() => $(el, 'svg.map .zoom')?.getAttribute('transform'));
    const before = $(el, 'svg.map')!.outerHTML;
    const seen = new Set<string>();
    const dialog = await openExport(el, 'export-zip');
    const watch = new MutationObserver(() => seen.add(dialog.querySelector('[role="status"]')?.textContent ?? ''));
    watch.observe(dialog, {subtree: true, characterData: true, childList: true});
    dialog.querySelector<HTMLInputElement>('input[value="1280x720"]')!.click();
    const file = nextDownload();
    dialog.querySelector<HTMLButtonElement>('[data-action="go"]')!.click();
    const {name, blob} = await file;
    watch.disconnect();
    expect(name).toMatch(/^from-aiding-the-us-[a-z0-9-]+-1280x720\.zip$/);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toHaveLength(story.events.length);
    expect(names[0]).toBe(`01-${story.events[0]!.date}-${story.events[0]!.id}.png`);
    expect(names.at(-1)).toBe(`${total}-2023-07-04-iran-joins-sco.png`);
    names.forEach((n, i) => expect(n.startsWith(`${String(i + 1).padStart(2, '0')}-${story.events[i]!.date}-${story.events[i]!.id}`)).toBe(true));
    for (const n of [names[0]!, names[21]!]) {
      const bitmap = await createImageBitmap(new Blob([files[n]! as Uint8Array<ArrayBuffer>], {type: 'image/png'}));
      expect([bitmap.width, bitmap.height]).toEqual([1280, 720]);
    }
    expect(seen).toContain(`Exporting 7 of ${total}…`);
    expect(seen).toContain('Packing the zip…');
    expect($(el, 'svg.map')!.outerHTML).toBe(before);
    expect(el.getAttribute('date')).toBe('2017-11-12');
  });

  it('cancels a series: the dialog closes, nothing is saved, focus returns to the menu', async () => {
    const el = await mount({}, 1000);
    const dialog = await openExport(el, 'export-zip');
    let saved = false;
    const onClick = (e: MouseEvent) => {
      if (e.composedPath()[0] instanceof HTMLAnchorElement) (saved = true), e.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    // Cancel as soon as the second slide starts: the observer runs before the export goes on.
    const cancel = new MutationObserver(() => {
      if (dialog.querySelector('[role="status"]')?.textContent === `Exporting 2 of ${total}…`) dialog.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    });
    cancel.observe(dialog, {subtree: true, characterData: true, childList: true});
    dialog.querySelector<HTMLButtonElement>('[data-action="go"]')!.click();
    await until(() => !$(el, 'dialog.export'));
    cancel.disconnect();
    await until(() => el.shadowRoot!.activeElement === $(el, '.more > button'));
    // The export has stopped: no download follows, even after the slide in hand is finished.
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    document.removeEventListener('click', onClick, true);
    expect(saved).toBe(false);
    expect($(el, '[part="error"]')).toBeNull();
  });

  it('says so in the element when the browser cannot encode the PNG, and leaves the map as it was', async () => {
    const el = await mount({date: '2001-10-11'}, 1000);
    await until(() => $(el, 'svg.map .zoom')?.getAttribute('transform'));
    const before = $(el, 'svg.map')!.outerHTML;
    const original = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
    try {
      const dialog = await openExport(el, 'export-png');
      dialog.querySelector<HTMLButtonElement>('[data-action="go"]')!.click();
      const notice = await until(() => $(el, '[part="error"]'));
      expect(notice.getAttribute('role')).toBe('alert');
      expect(notice.textContent).toContain('This browser could not encode the 1920 × 1080 PNG; try a smaller size, or SVG.');
    } finally {
      HTMLCanvasElement.prototype.toBlob = original;
    }
    expect($(el, 'dialog.export')).toBeNull();
    expect($(el, 'svg.map')!.outerHTML).toBe(before);
    // The next export that works clears the notice.
    await download(el, 'export-svg');
    await el.updateComplete;
    expect($(el, '[part="error"]')).toBeNull();
  });

  it('keeps the map’s patterns: the SVG carries the <defs> and the legend key uses the same fill', async () => {
    // On the day of the visit the official's blocks are opinions, hatched by the map's own patterns.
    const el = await mount({date: '2021-04-06'}, 1000);
    const doc = await parse((await download(el, 'export-svg')).blob);
    const fill = doc.querySelector('path[data-id="586"]')?.getAttribute('fill') ?? '';
    const id = /#([^")]+)/.exec(fill)?.[1] ?? '';
    expect(doc.getElementById(id)?.tagName).toBe('pattern');
    expect(doc.getElementById(id)?.querySelector('rect.hatch')).not.toBeNull();
    expect([...doc.querySelectorAll('svg > rect')].some((key) => key.getAttribute('fill') === fill)).toBe(true);
  });

  it('has an accessible dialog: focus inside, named, sizes in a labelled group, no axe violations; Escape closes it', async () => {
    const el = await mount({}, 1000);
    const dialog = await openExport(el, 'export-zip');
    expect(el.shadowRoot!.activeElement?.closest('dialog')).toBe(dialog);
    expect(dialog.getAttribute('aria-labelledby')).toBe('export-heading');
    expect(dialog.querySelector('fieldset legend')?.textContent).toBe('Size');
    const result = await axe.run(el, {resultTypes: ['violations']});
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await until(() => !$(el, 'dialog.export'));
    await until(() => el.shadowRoot!.activeElement === $(el, '.more > button'));
  });

  it('exports from a second map on the page without touching the first', async () => {
    const first = await mount({date: '2001-10-11'}, 700);
    const second = await mount({date: '2021-04-06'}, 700);
    await until(() => $(first, 'svg.map .zoom')?.getAttribute('transform'));
    await settled(first);
    const before = $(first, 'svg.map')!.outerHTML;
    const doc = await parse((await download(second, 'export-svg')).blob);
    expect(doc.documentElement.textContent).toContain('Lavrov in Islamabad');
    expect($(first, 'svg.map')!.outerHTML).toBe(before);
    expect($(first, 'dialog.export')).toBeNull();
  });
});
