import type {Page} from 'playwright';
import {describe, expect, it} from 'vitest';
import {builtDist, watch} from './browser.js';

// Against the real built files in dist/: `npm test` builds them first.
const OUT = 'tests/e2e/output';

const built = builtDist(OUT);

/** The URLs a page fetched, as paths. */
function fetched(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

const map = (page: Page) => page.locator('alignment-map');
const country = (page: Page, id: string) => page.locator(`alignment-map path[data-id="${id}"]`);

/** Waits until the map is drawn under `lens` and nothing in it is busy. */
async function drawn(page: Page, lens: string): Promise<void> {
  if (lens !== 'blocs') await page.locator('alignment-map .lens-key').waitFor();
  await page.waitForFunction(() => !document.querySelector('alignment-map')?.shadowRoot?.querySelector('[aria-busy="true"]'));
}

describe('the lenses in the built demo page', () => {
  it('fetch nothing of the lenses on the first view, then the lens chunk and the votes when chosen', async () => {
    const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
    const {problems} = watch(page);
    const urls = fetched(page);
    await page.goto(`${built.server.url}/`);
    await country(page, '586').waitFor();
    await page.waitForTimeout(0);
    expect(urls.filter((u) => /lens-chunk|votes-/.test(u))).toEqual([]);
    await page.locator('alignment-map select[part="lens"]').selectOption('memberships');
    await drawn(page, 'memberships');
    expect(urls.some((u) => /lens-chunk/.test(u))).toBe(true);
    expect(urls.some((u) => /votes-/.test(u))).toBe(false);
    await page.locator('alignment-map select[part="lens"]').selectOption('votes');
    await page.locator('alignment-map path[data-id="356"][data-value^="0."]').waitFor();
    expect(urls.some((u) => /votes-/.test(u))).toBe(true);
    expect(await map(page).getAttribute('lens')).toBe('votes');
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const lens of ['blocs', 'memberships', 'votes'])
    for (const date of ['2005-07-05', '2017-11-12', '2019-06-30'])
      it(`draws ${lens} on ${date} at 1280×800; screenshot in tests/e2e/output`, async () => {
        const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
        const {problems} = watch(page);
        await page.goto(`${built.server.url}/`);
        await country(page, '586').waitFor();
        await map(page).evaluate((el, [l, d]) => (el.setAttribute('lens', l!), el.setAttribute('date', d!)), [lens, date]);
        await drawn(page, lens);
        await country(page, '356').and(page.locator('[data-value]')).waitFor({state: 'attached'});
        if (lens === 'votes') await page.locator(`alignment-map path[data-id="356"][aria-label*="UN votes in ${date.slice(0, 4)}"]`).waitFor({state: 'attached'});
        await map(page).scrollIntoViewIfNeeded();
        await page.screenshot({path: `${OUT}/lens-${lens}-${date.slice(0, 4)}.png`});
        expect(problems).toEqual([]);
        await page.close();
      });

  it('keeps the toolbar to one row on a 360 px phone, with the votes lens and the evidence; screenshot', async () => {
    const page = await built.browser.newPage({viewport: {width: 360, height: 740}, deviceScaleFactor: 2, hasTouch: true, isMobile: true});
    await page.goto(`${built.server.url}/`);
    await country(page, '586').waitFor();
    await map(page).evaluate((el) => (el.setAttribute('lens', 'votes'), el.setAttribute('date', '2019-06-30')));
    await drawn(page, 'votes');
    const rows = await page.locator('alignment-map .toolbar > *').evaluateAll((items) => new Set(items.filter((i) => i.getBoundingClientRect().height > 0).map((i) => Math.round((i.getBoundingClientRect().top + i.getBoundingClientRect().bottom) / 2))).size);
    expect(rows).toBe(1);
    const height = await page.locator('alignment-map select[part="lens"]').evaluate((s) => s.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await map(page).locator('.toolbar').scrollIntoViewIfNeeded();
    await page.screenshot({path: `${OUT}/lens-votes-phone.png`, fullPage: true});
    await page.locator('alignment-map .lens-evidence').click();
    await page.locator('alignment-map .evidence[aria-busy="false"]').waitFor();
    await page.locator('alignment-map .evidence').scrollIntoViewIfNeeded();
    await page.screenshot({path: `${OUT}/lens-evidence-phone.png`});
    await page.close();
  });
});

describe('the lenses when their files cannot be had', () => {
  it.each([
    ['the lens chunk', '**/chunks/lens-chunk-*.js', 'memberships', /could not load the colour lenses/],
    ['the votes', '**/chunks/votes-*.js', 'votes', /could not load the UN votes/],
  ])('keep the blocs and say so when %s cannot be loaded', async (_what, pattern, lens, notice) => {
    const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
    await page.route(pattern, (route) => route.abort());
    await page.goto(`${built.server.url}/`);
    await country(page, '586').waitFor();
    await page.locator('alignment-map select[part="lens"]').selectOption(lens);
    await page.locator('alignment-map [part~="error"]', {hasText: notice}).waitFor();
    expect(await country(page, '586').getAttribute('data-bloc')).toBe('eastern');
    expect(await page.locator('alignment-map path[data-lens]').count()).toBe(0);
    expect(await page.locator('alignment-map .legend button[data-bloc="eastern"]').count()).toBe(1);
    await page.close();
  });
});

describe('the lenses while their files are on their way', () => {
  it('show the blocs and a busy legend until the votes arrive, then the votes', async () => {
    const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/chunks/votes-*.js', async (route) => (await held, await route.continue()));
    await page.goto(`${built.server.url}/`);
    await country(page, '586').waitFor();
    await page.locator('alignment-map select[part="lens"]').selectOption('votes');
    await page.locator('alignment-map .key[aria-busy="true"]', {hasText: 'Loading the colours…'}).waitFor();
    expect(await country(page, '586').getAttribute('data-bloc')).toBe('eastern');
    expect(await page.locator('alignment-map path[data-lens]').count()).toBe(0);
    release();
    await page.locator('alignment-map .lens-key').waitFor();
    await page.locator('alignment-map path[data-id="586"][data-lens]').waitFor({state: 'attached'});
    expect(await page.locator('alignment-map .key[aria-busy="true"]').count()).toBe(0);
    await page.close();
  });
});

describe('the second story in the built demo page', () => {
  it('loads from the story picker, from dist/stories/, and colours by every lens', async () => {
    const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
    const {problems} = watch(page);
    await page.goto(`${built.server.url}/`);
    await country(page, '586').waitFor();
    await page.locator('#story').selectOption('stories/nato-sco-1996-2024.json');
    await page.locator('alignment-map path[data-id="792"][data-bloc="nato-and-sco"]').waitFor({state: 'attached'});
    expect(await map(page).getAttribute('src')).toBe('stories/nato-sco-1996-2024.json');
    await expect(page.locator('alignment-map h2').first().textContent()).resolves.toMatch(/NATO and the SCO/);
    await map(page).evaluate((el) => el.setAttribute('lens', 'memberships'));
    await page.locator('alignment-map path[data-id="792"][data-value="nato:member sco:dialogue-partner"]').waitFor({state: 'attached'});
    await drawn(page, 'memberships');
    await page.screenshot({path: `${OUT}/lens-second-story-memberships.png`});
    await page.locator('#story').selectOption('');
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor({state: 'attached'});
    expect(problems).toEqual([]);
    await page.close();
  });
});
