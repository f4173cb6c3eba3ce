import {existsSync, mkdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Browser, BrowserContext, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serveDir, type Served} from './browser.js';

// The offline file and the demo page opened from a folder, as a teacher would from a USB stick.
const OUT = 'tests/e2e/output';
const OFFLINE = pathToFileURL(resolve('dist/alignment-map-offline.html')).href;
const DEMO = pathToFileURL(resolve('dist/index.html')).href;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/alignment-map-offline.html')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  mkdirSync(OUT, {recursive: true});
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A page with the network switched off and every request but the page's own file aborted, recording what it
 * asked for and any error it logged.
 */
async function offline(url: string, viewport = {width: 1280, height: 800}): Promise<{page: Page; context: BrowserContext; problems: string[]}> {
  const context = await browser.newContext({viewport, offline: true});
  const page = await context.newPage();
  const problems: string[] = [];
  const own = url.split('?')[0];
  await page.route('**/*', (route) => {
    if (route.request().url().split('?')[0] === own) return route.continue();
    problems.push(`request: ${route.request().url().slice(0, 100)}`);
    return route.abort();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(url);
  return {page, context, problems};
}

const map = (page: Page) => page.locator('alignment-map');

describe('the offline file (dist/alignment-map-offline.html) from file://, with no network', () => {
  it('draws the map in the story’s colours and asks for nothing', async () => {
    const {page, context, problems} = await offline(OFFLINE);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    expect(await page.locator('alignment-map path[data-id]').count()).toBeGreaterThan(230);
    expect(await page.locator('alignment-map path[data-id="840"]').getAttribute('data-bloc')).toBe('western');
    // An opinion is hatched: its fill is a pattern whose first tile is the bloc's colour.
    const fill = await page.locator('alignment-map path[data-id="586"]').evaluate((p) => {
      const id = /#([^")]+)/.exec(getComputedStyle(p).fill)?.[1] ?? '';
      return getComputedStyle((p.getRootNode() as ShadowRoot).getElementById(id)!.querySelector('rect')!).fill;
    });
    expect(fill).toBe('rgb(206, 55, 1)');
    expect(await page.locator('#notice').isHidden()).toBe(true);
    await page.screenshot({path: `${OUT}/offline.png`, fullPage: true});
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    [1920, 1080],
    [1280, 720],
  ])('presents at %i×%i from the page’s Present button: every event, type that reads from the back; screenshots', async (width, height) => {
    const {page, context, problems} = await offline(OFFLINE, {width, height});
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    await page.getByRole('button', {name: 'Present', exact: true}).click();
    await page.locator('alignment-map .slide').waitFor();
    const total = Number((await page.locator('alignment-map .progress').textContent())?.trim().split(' / ')[1]);
    expect(total).toBeGreaterThan(20);
    await expect(page.locator('alignment-map .progress').textContent()).resolves.toMatch(`1 / ${total}`);
    await page.screenshot({path: `${OUT}/present-${width}-first.png`});
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press('PageDown');
      await page.locator('alignment-map .progress', {hasText: `${n} / ${total}`}).waitFor();
    }
    expect(await page.locator('alignment-map path[data-id="586"]').getAttribute('data-bloc')).not.toBe('none');
    await page.keyboard.press('PageUp');
    await page.locator('alignment-map .slide .title', {hasText: 'Lavrov in Islamabad'}).waitFor();
    const size = await page.locator('alignment-map .slide .summary').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    if (height === 1080) expect(size).toBeGreaterThanOrEqual(24);
    const box = await map(page).boundingBox();
    expect(box).toEqual({x: 0, y: 0, width, height});
    await page.screenshot({path: `${OUT}/present-${width}-islamabad.png`});
    await page.keyboard.press('n');
    await page.locator('alignment-map .notes').waitFor();
    await page.screenshot({path: `${OUT}/present-${width}-notes.png`});
    await page.keyboard.press('Escape');
    await page.locator('alignment-map .slide').waitFor({state: 'detached'});
    expect(await map(page).getAttribute('present')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the built-in story and a notice when its address names a src', async () => {
    const {page, context, problems} = await offline(`${OFFLINE}?src=https://example.org/not-a-story.json`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    await expect(page.locator('#notice').textContent()).resolves.toMatch(/built-in story only: it does not load “https:\/\/example\.org\/not-a-story\.json”/);
    expect(await map(page).getAttribute('src')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads a date and `present` from its address', async () => {
    const {page, context, problems} = await offline(`${OFFLINE}?date=2001-10-11&present`);
    await page.locator('alignment-map .slide .title', {hasText: 'Pakistan opens air bases to US forces'}).waitFor();
    expect(await page.locator('alignment-map path[data-id="586"]').getAttribute('data-bloc')).toBe('us-operations');
    expect(await map(page).getAttribute('present')).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a bad date’s own notice and shows the story', async () => {
    const {page, context} = await offline(`${OFFLINE}?date=yesterday`);
    await page.locator('alignment-map [part="error"]', {hasText: 'date: "yesterday" is not a date'}).waitFor();
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    await context.close();
  });
});

describe('the demo page (dist/index.html)', () => {
  it('opened from a folder, says what to do instead of staying blank', async () => {
    const {page, context} = await offline(DEMO);
    const note = page.locator('#file-note');
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(/Open\s+alignment-map-offline\.html.*or serve this folder over http/s);
    expect(await note.locator('a').getAttribute('href')).toBe('alignment-map-offline.html');
    await page.screenshot({path: `${OUT}/demo-from-file.png`});
    await context.close();
  });

  it('served over http, shows no such message', async () => {
    const server: Served = await serveDir('dist');
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    expect(await page.locator('#file-note').count()).toBe(0);
    await page.close();
    await server.close();
  });
});
