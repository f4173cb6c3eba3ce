import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {chunkSizes} from '../../scripts/chunks.mjs';
import type {Browser} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {clickCountry, launch, serveDir, watch, type Served} from './browser.js';

// These tests run against the real built files in dist/: `npm test` builds them first.
const OUT = 'tests/e2e/output';
/**
 * The first view's critical path: the embed and every chunk it imports statically. The target is 60 KB; the
 * ceiling sits just above what the build reaches, so that it only ever ratchets down.
 */
const CRITICAL_CEILING = 60 * 1024;

/** Text that only an on-demand feature contains, which must never reach the critical path. */
const ON_DEMAND_ONLY = {
  'the validator (loaded with a story from `src`)': 'required, but missing',
  'the built-in story’s details (the words only popups show)': 'Battle lines (if I am allowed to use the term)',
  'the "Embed this" dialog and its snippets': 'iframe data-alignment-map',
  'the memberships and votes lenses and the claim-and-evidence table': 'Voting together at the UN is not an alliance',
  'the UN votes (data/unga/votes.json)': 'by scripts/build-votes.mjs from data/unga/agreement.json',
  'the Russian interface': 'Предыдущее событие',
  'the Urdu interface': 'پچھلا واقعہ',
  'the built-in story’s translations (a chunk of their own)': 'Лавров в Исламабаде',
  'country names from Intl (with the translations)': '586PK',
};
let browser: Browser;
let server: Served;

beforeAll(async () => {
  if (!existsSync('dist/alignment-map.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  mkdirSync(OUT, {recursive: true});
  writeFileSync('dist/embed-test.html', embedPage());
  copyFileSync('tests/fixtures/mini-story.json', 'dist/mini-story.json');
  browser = await launch();
  server = await serveDir('dist', {
    headers: {},
    routes: {
      // In a folder of its own, as an article would be: chunks must resolve against the embed's URL, not the page's.
      '/news/csp.html': (_req, res) =>
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'",
          })
          .end(readFileSync('dist/embed-test.html', 'utf8')),
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A hostile news page: strict CSP (served by the route above), aggressive global CSS, three maps, one of them
 * loading a story from `src`, which brings in the validator's chunk.
 */
function embedPage(): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <link rel="stylesheet" href="../hostile.css"></head><body>
  <article><p>News text before.</p><alignment-map id="a" date="2001-10-11"></alignment-map>
  <p>Between.</p><alignment-map id="b"></alignment-map>
  <p>And a story of the newsroom's own.</p><alignment-map id="c" src="../mini-story.json"></alignment-map></article>
  <script type="module" src="../alignment-map.js"></script></body></html>`;
}

describe('the built demo page (dist/index.html)', () => {
  it('draws the story with nothing but this server, and no errors', async () => {
    const page = await browser.newPage({viewport: {width: 1100, height: 900}});
    const {problems} = watch(page);
    await page.goto(`${server.url}/`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    expect(await page.locator('alignment-map path[data-id]').count()).toBeGreaterThan(230);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['2001', '2001-10-11', {'586': 'us-operations', '643': 'us-operations', '840': 'us-operations'}],
    ['2014', '2014-11-20', {'586': 'russia-pakistan', '643': 'russia-pakistan', '156': 'sco-founders'}],
    ['2017', '2017-11-12', {'586': 'russia-pakistan', '840': 'quad', '356': 'quad'}],
    ['2021', '2021-04-06', {'586': 'eastern', '643': 'eastern', '364': 'eastern', '840': 'western', '392': 'western'}],
  ])('at %s (%s) colours the story’s blocs; screenshot in tests/e2e/output', async (year, date, expected) => {
    const page = await browser.newPage({viewport: {width: 1100, height: 1000}});
    await page.goto(`${server.url}/`);
    await page.locator('alignment-map').evaluate((el, d) => el.setAttribute('date', d), date);
    for (const [id, bloc] of Object.entries(expected)) await page.locator(`alignment-map path[data-id="${id}"][data-bloc="${bloc}"]`).waitFor();
    const fill = await page.locator('alignment-map path[data-id="586"]').evaluate((p) => getComputedStyle(p).fill);
    expect(fill).not.toBe('none');
    await page.screenshot({path: `${OUT}/demo-${year}.png`, fullPage: true});
    await page.close();
  });

  it('opens Pakistan’s quotes when a reader clicks it, and closes on Escape', async () => {
    const page = await browser.newPage({viewport: {width: 1100, height: 1000}});
    await page.goto(`${server.url}/`);
    await page.locator('alignment-map path[data-id="586"]').waitFor();
    await clickCountry(page, '586');
    const dialog = page.locator('alignment-map [role="dialog"]');
    await expect(dialog.locator('h3').textContent()).resolves.toBe('Pakistan');
    // The quotes' words are part of the story's details, which may still be on their way.
    await page.locator('alignment-map [role="dialog"][aria-busy="false"]').waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Battle lines \(if I am allowed to use the term\)/);
    await page.screenshot({path: `${OUT}/demo-popup.png`, fullPage: true});
    await page.keyboard.press('Escape');
    await dialog.waitFor({state: 'detached'});
    await page.close();
  });

  it('works on a phone-sized screen', async () => {
    const page = await browser.newPage({viewport: {width: 390, height: 844}, deviceScaleFactor: 2, hasTouch: true, isMobile: true});
    await page.goto(`${server.url}/`);
    await page.locator('alignment-map path[data-id="586"]').waitFor();
    await page.locator('alignment-map').evaluate((el) => el.setAttribute('selected', '586'));
    await page.locator('alignment-map [role="dialog"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({path: `${OUT}/phone.png`, fullPage: true});
    await page.close();
  });
});

describe('the embed (dist/alignment-map.js) on a hostile news page', () => {
  it('renders two independent maps under a strict CSP and hostile CSS', async () => {
    writeFileSync('dist/hostile.css', '* { all: revert; font-size: 31px !important; letter-spacing: 3px; } path { fill: hotpink !important; } svg { display: none !important; } body { direction: ltr; color: lime; }');
    const page = await browser.newPage({viewport: {width: 800, height: 1200}});
    const {problems} = watch(page);
    await page.addInitScript(() => {
      (window as unknown as {violations: string[]}).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as {violations: string[]}).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/news/csp.html`);
    await page.locator('#a path[data-id="586"][data-bloc="us-operations"]').waitFor();
    await page.locator('#b path[data-id="586"][data-bloc="eastern"]').waitFor();
    await page.locator('#c path[data-id="586"][data-bloc="red"]').waitFor();
    const fills = await page.evaluate(() =>
      ['#a', '#b'].map((id) => getComputedStyle(document.querySelector(id)!.shadowRoot!.querySelector('path[data-id="586"]')!).fill),
    );
    expect(fills[0]).toBe('rgb(27, 129, 73)');
    expect(fills[1]).toMatch(/^url\("#alignment-\d+-\d+"\)$/);
    const svgShown = await page.evaluate(() => getComputedStyle(document.querySelector('#a')!.shadowRoot!.querySelector('svg')!).display);
    expect(svgShown).toBe('block');
    expect(await page.evaluate(() => (window as unknown as {violations: string[]}).violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({path: `${OUT}/embed-hostile.png`, fullPage: true});
    await page.close();
  });

  it(`keeps the first view's critical path within ${CRITICAL_CEILING / 1024} KB gzip, and on-demand code off it`, () => {
    const sizes = chunkSizes('dist');
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    for (const [kind, files] of [['critical', sizes.critical], ['on demand', sizes.onDemand]] as const)
      for (const f of files) console.log(`${kind.padEnd(9)} ${f.file.padEnd(40)} ${kb(f.gzip)} gzip`);
    console.log(`critical path ${kb(sizes.criticalGzip)}, on demand ${kb(sizes.onDemandGzip)} (gzip -9)`);
    expect(sizes.criticalGzip).toBeLessThanOrEqual(CRITICAL_CEILING);
    const critical = sizes.critical.map((f) => readFileSync(`dist/${f.file}`, 'utf8')).join('\n');
    for (const [feature, marker] of Object.entries(ON_DEMAND_ONLY)) expect(critical.includes(marker), feature).toBe(false);
  });
});

describe('the command-line validator (bin/alignment-map.mjs, running dist/cli.mjs)', () => {
  it('prints one line per finding and exits 1 on errors; 0 on the built-in story', async () => {
    const {spawnSync} = await import('node:child_process');
    const run = (file: string) => spawnSync(process.execPath, ['bin/alignment-map.mjs', 'validate', file], {encoding: 'utf8'});
    const good = run('data/lavrov-pakistan-2021.json');
    expect([good.status, good.stdout]).toEqual([0, 'data/lavrov-pakistan-2021.json: 0 errors, 0 warnings\n']);
    const bad = run('tests/fixtures/invalid/bad-date.json');
    expect(bad.status).toBe(1);
    expect(bad.stdout.split('\n')).toEqual([
      'tests/fixtures/invalid/bad-date.json:63:4: error: events[2].date: "2017-13-01" is not a date',
      'tests/fixtures/invalid/bad-date.json: 1 error, 0 warnings',
      '',
    ]);
  });
});
