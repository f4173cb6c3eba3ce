import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import type {Browser, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chunkSizes} from '../../scripts/chunks.mjs';
import {launch, serveDir, watch, type Served} from './browser.js';

// Export and the handout, on the real built files in dist/ (`npm test` builds them first). What they write
// goes to tests/e2e/output, to be looked at.
const OUT = 'tests/e2e/output';
const story = JSON.parse(readFileSync('data/lavrov-pakistan-2021.json', 'utf8')) as {events: {id: string; title: string; date: string; background?: boolean}[]; quotes: unknown[]; claims: unknown[]};
let browser: Browser;
let server: Served;

/** A page that allows `blob:` images, and one that does not: PNG export needs `img-src blob:`. */
const csp = (img: string) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: ${img}; connect-src 'self'; base-uri 'none'`;

beforeAll(async () => {
  if (!existsSync('dist/alignment-map.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  mkdirSync(OUT, {recursive: true});
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
    <h1>A lesson page</h1><alignment-map date="2017-11-12"></alignment-map><script type="module" src="../alignment-map.js"></script></body></html>`;
  writeFileSync('dist/teach-test.html', page);
  browser = await launch();
  const serveAs = (policy: string) => (_req: unknown, res: {writeHead: (s: number, h: object) => {end: (b: string) => void}}) =>
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy}).end(page);
  server = await serveDir('dist', {routes: {'/lesson/strict.html': serveAs(csp('blob:')), '/lesson/no-blob.html': serveAs(csp(''))}});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = {width: 1280, height: 800}): Promise<Page> {
  const page = await browser.newPage({viewport, acceptDownloads: true});
  await page.goto(`${server.url}${path}`);
  await page.locator('alignment-map path[data-id="840"][data-bloc="quad"]').waitFor();
  return page;
}

/** Chooses an export from the "More" menu at a size, and saves what the browser downloads. */
async function exportAs(page: Page, item: string, size: string, file: string): Promise<string> {
  await page.locator('alignment-map .more > button').click();
  await page.locator(`alignment-map [data-menu="${item}"]`).click();
  await page.locator(`alignment-map dialog.export input[value="${size}"]`).check();
  const download = page.waitForEvent('download');
  await page.locator('alignment-map dialog.export [data-action="go"]').click();
  const saved = await download;
  await saved.saveAs(`${OUT}/${file}`);
  await page.locator('alignment-map dialog.export [data-action="dismiss"]').click();
  return saved.suggestedFilename();
}

/** The number the series gives the Quad's revival: its place on the timeline. */
const QUAD = String(story.events.findIndex((e) => e.id === 'quad-revived') + 1).padStart(2, '0');

describe('export for slides, built, under a strict Content-Security-Policy', () => {
  it('downloads the 2017 slide as PNG and SVG at both sizes (look at them in tests/e2e/output)', async () => {
    const page = await open('/lesson/strict.html');
    const {problems} = watch(page);
    expect(await exportAs(page, 'export-png', '1920x1080', 'slide-2017-1920.png')).toBe(`${QUAD}-2017-11-12-quad-revived.png`);
    expect(await exportAs(page, 'export-png', '1280x720', 'slide-2017-1280.png')).toBe(`${QUAD}-2017-11-12-quad-revived.png`);
    expect(await exportAs(page, 'export-svg', '1920x1080', 'slide-2017-1920.svg')).toBe(`${QUAD}-2017-11-12-quad-revived.svg`);
    const png = readFileSync(`${OUT}/slide-2017-1920.png`);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const small = readFileSync(`${OUT}/slide-2017-1280.png`);
    expect([small.readUInt32BE(16), small.readUInt32BE(20)]).toEqual([1280, 720]);
    expect(readFileSync(`${OUT}/slide-2017-1920.svg`, 'utf8')).toContain('The Quad is revived');
    // The slides' blob: URLs are the page's own data, not the network.
    expect(problems.filter((p) => !p.startsWith('network: blob:'))).toEqual([]);
    await page.close();
  });

  it('says what the host must allow when the page forbids blob: images, and still exports SVG', async () => {
    const page = await open('/lesson/no-blob.html');
    await page.locator('alignment-map .more > button').click();
    await page.locator('alignment-map [data-menu="export-png"]').click();
    await page.locator('alignment-map dialog.export [data-action="go"]').click();
    const notice = page.locator('alignment-map [part="error"]');
    await expect(notice.textContent()).resolves.toContain('PNG export needs img-src blob: in this page’s Content-Security-Policy; SVG export works.');
    expect(await page.locator('alignment-map path[data-id="840"]').getAttribute('data-bloc')).toBe('quad');
    expect(await exportAs(page, 'export-svg', '1280x720', 'slide-2017-1280.svg')).toBe(`${QUAD}-2017-11-12-quad-revived.svg`);
    await page.close();
  });

  it('exports every event in a zip', async () => {
    const page = await open('/lesson/strict.html');
    const name = await exportAs(page, 'export-zip', '1280x720', 'slides.zip');
    expect(name).toMatch(/-1280x720\.zip$/);
    const zip = readFileSync(`${OUT}/slides.zip`);
    // Stored entries: each local header names one numbered PNG.
    const names = [...zip.toString('latin1').matchAll(/PK\x03\x04[\s\S]{26}(\d{2}-[\w-]+\.png)/g)].map((m) => m[1]);
    expect(names).toHaveLength(story.events.length);
    expect(names[0]).toBe(`01-${story.events[0]!.date}-${story.events[0]!.id}.png`);
    await page.close();
  });
});

describe('loading, built', () => {
  it('keeps export, its zip library and the handout off the first view’s critical path', () => {
    const sizes = chunkSizes('dist');
    const critical = sizes.critical.map((f: {file: string}) => readFileSync(`dist/${f.file}`, 'utf8')).join('\n');
    // Text only the export dialog, fflate's zip writer and the handout contain.
    for (const marker of ['Exporting {n} of {total}', 'handout-doc', 'small-map', 'extra field too long', 'img-src blob:']) expect(critical).not.toContain(marker);
    const onDemand = sizes.onDemand.map((f: {file: string}) => f.file).join(' ');
    expect(onDemand).toMatch(/chunks\/exporter-/);
    expect(onDemand).toMatch(/chunks\/handout-/);
  });
});

describe('printing, built', () => {
  it('prints the handout alone: no controls, every key event with its caption, quotes, sources with URLs, corrections', async () => {
    const page = await open('/teach-test.html', {width: 1100, height: 900});
    // The handout's chunk loads when the browser is idle; printing before that gives the view without controls.
    await page.waitForFunction(() => document.querySelector('alignment-map')?.shadowRoot?.querySelector('.handout'));
    await page.emulateMedia({media: 'print'});
    const handout = page.locator('alignment-map .handout-doc');
    await handout.waitFor();
    for (const hidden of ['.toolbar', '.more', '.timeline', 'input', 'button', '.legend', '.caption', 'svg.map'])
      expect(await page.locator(`alignment-map ${hidden}`).evaluateAll((all) => all.filter((e) => e.getBoundingClientRect().width > 0).length), hidden).toBe(0);
    const titles = await handout.locator('.multiple h3').allTextContents();
    // Over 36 events, the background events keep their line in the list of events but lose their small map.
    const mapped = story.events.length > 36 ? story.events.filter((e) => !e.background) : story.events;
    expect(titles).toEqual(mapped.map((e) => e.title));
    expect(await handout.locator('.part-sources > ol > li').count()).toBe(story.events.length);
    expect(await handout.locator('.part-quotes .said').count()).toBe(story.quotes.length);
    expect(await handout.locator('.part-fixes .fix').count()).toBe(story.claims.length);
    await expect(handout.locator('.part-sources').textContent()).resolves.toContain('https://www.dawn.com/');
    await page.screenshot({path: `${OUT}/handout-print-emulated.png`, fullPage: true});
    await page.emulateMedia({media: 'print', colorScheme: 'light'});
    await page.pdf({path: `${OUT}/handout.pdf`, format: 'A4', printBackground: true});
    await page.pdf({path: `${OUT}/handout-letter.pdf`, format: 'Letter', printBackground: true});
    await page.emulateMedia({media: 'screen'});
    await handout.waitFor({state: 'detached'});
    expect(await page.locator('alignment-map .toolbar').isVisible()).toBe(true);
    await page.close();
  });
});
