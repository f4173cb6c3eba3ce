import {describe, expect, it} from 'vitest';
import {builtDist, clickCountry, watch} from './browser.js';

// Against the built demo page, which gives its map the address (link="hash"): the link module is a chunk
// beside the embed, fetched on load.
const OUT = 'tests/e2e/output';

const built = builtDist(OUT);

describe('deep links on the built demo page', () => {
  it('reopens a copied link, and walks back through what the reader did', async () => {
    const page = await built.browser.newPage({viewport: {width: 1280, height: 800}});
    const {problems} = watch(page);
    await page.goto(`${built.server.url}/#date=2014-11-20&country=586`);
    await page.locator('alignment-map[date="2014-11-20"][selected="586"]').waitFor();
    await page.locator('alignment-map [role="dialog"] h3', {hasText: 'Pakistan'}).waitFor();
    await page.locator('alignment-map [role="dialog"] button.close').click();
    await page.waitForFunction(() => location.hash === '#date=2014-11-20');
    await clickCountry(page, '356');
    await page.waitForFunction(() => location.hash === '#date=2014-11-20&country=356');
    await page.goBack();
    await page.locator('alignment-map:not([selected])').waitFor();
    await page.goBack();
    await page.locator('alignment-map[selected="586"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a dark map to a reader who prefers one', async () => {
    const page = await built.browser.newPage({viewport: {width: 360, height: 740}, colorScheme: 'dark'});
    await page.goto(`${built.server.url}/#date=2021-04-06&country=586`);
    await page.locator('alignment-map [role="dialog"]').waitFor();
    const paper = await page.evaluate(() => getComputedStyle(document.querySelector('alignment-map')!.shadowRoot!.querySelector('.frame')!).backgroundColor);
    expect(paper).toBe('rgb(21, 25, 29)');
    await page.screenshot({path: `${OUT}/demo-dark-360.png`});
    await page.close();
  });
});
