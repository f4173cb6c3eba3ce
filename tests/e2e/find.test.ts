import {existsSync, writeFileSync} from 'node:fs';
import type {Browser} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serveDir, watch, type Served} from './browser.js';

// Against the built files in dist/: the search's list, the table and the comparison are chunks there.
let browser: Browser;
let server: Served;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
  <alignment-map></alignment-map><script type="module" src="alignment-map.js"></script></body></html>`;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'";

beforeAll(async () => {
  if (!existsSync('dist/alignment-map.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  writeFileSync('dist/find-test.html', PAGE);
  browser = await launch();
  server = await serveDir('dist', {
    routes: {'/find-csp.html': (_req, res) => res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP}).end(PAGE)},
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('finding, the table and comparing, built, under a strict Content-Security-Policy', () => {
  it('loads their chunks beside the embed and styles them without breaking the policy', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    const {problems} = watch(page);
    await page.addInitScript(() => {
      (window as unknown as {violations: string[]}).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as {violations: string[]}).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/find-csp.html`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();

    await page.locator('alignment-map input[role="combobox"]').fill('türk');
    await page.locator('alignment-map [role="option"]', {hasText: 'Türkiye'}).waitFor();
    expect(await page.locator('alignment-map #find-list').evaluate((l) => getComputedStyle(l).position)).toBe('absolute');
    await page.keyboard.press('Enter');
    await expect(page.locator('alignment-map [role="dialog"] h3').textContent()).resolves.toBe('Türkiye');
    await page.keyboard.press('Escape');

    await page.locator('alignment-map .toolbar button', {hasText: 'Table'}).click();
    await page.locator('alignment-map .table-view tbody tr').first().waitFor();
    expect(await page.locator('alignment-map .table-view').evaluate((t) => getComputedStyle(t).position)).toBe('absolute');
    await page.locator('alignment-map .toolbar button', {hasText: 'Table'}).click();

    await page.locator('alignment-map .more > button').click();
    await page.locator('alignment-map [data-menu="compare"]').click();
    await page.locator('alignment-map .changes li').first().waitFor();
    expect(await page.locator('alignment-map path[data-id="604"]').evaluate((p) => getComputedStyle(p).opacity)).toBe('0.2');

    expect(await page.evaluate(() => (window as unknown as {violations: string[]}).violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
