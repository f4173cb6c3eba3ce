import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {Browser, Frame, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serveDir, watch, type Served} from './browser.js';

// The iframe embed, the resizer and "Embed this", as a newsroom uses them: the built files on one origin (a
// CDN, sending CORS headers as CDNs do), the article on another.
const OUT = 'tests/e2e/output';
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'";
let browser: Browser;
let cdn: Served;
let news: Served;
/** The news site's pages, by path: each test writes the article it needs. */
const pages = new Map<string, string>();

/** A page that posts the message in its hash to its parent, then a marker saying it has. */
const FORGER = `<!doctype html><link rel="icon" href="data:,"><script>
  parent.postMessage(JSON.parse(decodeURIComponent(location.hash.slice(1))), '*');
  parent.postMessage({type: 'test:forged'}, '*');
</script>`;

beforeAll(async () => {
  browser = await launch();
  const html = (body: string) => (_req: unknown, res: {writeHead: (s: number, h: object) => {end: (b: string) => void}}) =>
    res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP}).end(body);
  cdn = await serveDir('dist', {
    headers: {'access-control-allow-origin': '*'},
    routes: {'/embed.html': html(readFileSync('dist/embed.html', 'utf8')), '/forge.html': (_req, res) => res.writeHead(200, {'content-type': 'text/html'}).end(FORGER)},
  });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = path === '/forge.html' ? FORGER : pages.get(path);
    res.writeHead(page ? 200 : 404, {'content-type': 'text/html; charset=utf-8'}).end(page ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as {port: number};
  news = {url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done()))};
});

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await news?.close();
});

/** A plain article around whatever the newsroom pasted. */
function article(path: string, pasted: string): string {
  pages.set(
    path,
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,"><title>News</title><style>body { margin: 0; font: 18px/1.6 Georgia, serif; background: #faf8f2; }
    main { max-width: 720px; margin: 0 auto; padding: 16px; } alignment-map { --alignment-bloc-eastern: #7b3294; }</style></head>
    <body><main><h1>How Pakistan and Russia drifted from Washington</h1><p>The article says what the map is about, above it.</p>
    ${pasted}<p>The article goes on below the map.</p></main></body></html>`,
  );
  return `${news.url}${path}`;
}

const iframe = (query: string, id = 'f') =>
  `<iframe id="${id}" data-alignment-map src="${cdn.url}/embed.html${query}" title="The alignment map" width="100%" height="300" style="border:0"></iframe>`;
const resizer = () => `<script src="${cdn.url}/embed-resizer.js" async></script>`;

interface Logged {
  fromFrame: boolean;
  data: unknown;
}

/** Records, in the article (not in its frames), every message and every height the iframe is given. */
async function record(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as {log: Logged[]; heights: string[]; violations: string[]};
    w.log = [];
    w.heights = [];
    w.violations = [];
    addEventListener('message', (e) => w.log.push({fromFrame: e.source === (document.getElementById('f') as HTMLIFrameElement | null)?.contentWindow, data: e.data}));
    document.addEventListener('DOMContentLoaded', () => {
      const f = document.getElementById('f');
      if (f) new MutationObserver(() => w.heights.push(f.style.height)).observe(f, {attributes: true, attributeFilter: ['style']});
    });
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window.top as unknown as {violations?: string[]}).violations?.push(`${e.violatedDirective} ${e.blockedURI}`)));
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as {log: Logged[]}).log);
const frameOf = async (page: Page, id = 'f'): Promise<Frame> => (await (await page.$(`#${id}`))!.contentFrame())!;

/**
 * Waits until the built-in story's details are in the frame (the 2021-04-06 caption's prompts show them), and
 * returns the height of the frame's content then, after checking that the frame told the article so.
 */
async function detailed(page: Page, frame: Frame): Promise<number> {
  await frame.locator('alignment-map .caption .discuss').waitFor();
  const height = await frame.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollHeight)))));
  const said = await page.waitForFunction(() => {
    const log = (window as unknown as {log: Logged[]}).log.filter((m) => m.fromFrame && (m.data as {type?: string})?.type === 'alignment-map:resize');
    return (log.at(-1)?.data as {height?: number} | undefined)?.height ?? null;
  });
  expect(await said.jsonValue()).toBe(height);
  return height;
}

/** Waits for the frame's next pair of height messages after `count` messages, and returns the plain one's height. */
async function nextHeight(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([after]) => {
      const log = (window as unknown as {log: Logged[]}).log.slice(after).filter((m) => m.fromFrame);
      const plain = log.find((m) => typeof m.data === 'object' && (m.data as {type?: string}).type === 'alignment-map:resize');
      const pym = log.find((m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMxmap1xPYMxheightxPYMx'));
      return plain && pym ? [(plain.data as {height: number}).height, pym.data] : null;
    },
    [after],
  );
  const [height, pym] = (await handle.jsonValue()) as [number, string];
  expect(pym).toBe(`pymxPYMxmap1xPYMxheightxPYMx${height}`);
  return height;
}

describe('the iframe embed (dist/embed.html) in an article', () => {
  it.each([
    [360, 740],
    [1280, 800],
  ])('at %i px tells the article its height in both forms, on load and on every change; the frame fits', async (width, height) => {
    const page = await browser.newPage({viewport: {width, height}});
    const {problems} = watch(page);
    await record(page);
    await page.goto(article(`/iframe-${width}.html`, iframe('?date=2021-04-06&no-header&childId=map1') + resizer()));
    expect(await nextHeight(page, 0)).toBeGreaterThan(400);
    const frame = await frameOf(page);
    await frame.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    // The story's details (here the event's discussion prompts) arrive after the first view and lengthen it.
    const first = await detailed(page, frame);
    await page.waitForFunction((h) => document.getElementById('f')!.style.height === `${h}px`, first);
    // The frame is exactly as tall as the map: nothing scrolls inside it.
    expect(await frame.evaluate(() => [document.documentElement.scrollHeight, innerHeight])).toEqual([first, first]);
    expect(await frame.locator('alignment-map [part="header"]').count()).toBe(0);
    await page.screenshot({path: `${OUT}/iframe-article-${width}.png`, fullPage: true});

    // The content grows: a longer caption. The frame says so, and the article's resizer follows.
    const before = (await messages(page)).length;
    await frame.locator('alignment-map').evaluate((el) => el.setAttribute('date', '2001-10-11'));
    const second = await nextHeight(page, before);
    expect(second).not.toBe(first);
    await page.waitForFunction((h) => document.getElementById('f')!.style.height === `${h}px`, second);

    // A pym.js parent sends the width; pym's child answers with its height even when it has not changed.
    const asked = (await messages(page)).length;
    await page.evaluate(() => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(`pymxPYMxmap1xPYMxwidthxPYMx${innerWidth}`, '*'));
    expect(await nextHeight(page, asked)).toBe(second);

    expect(await page.evaluate(() => (window as unknown as {violations: string[]}).violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a frame that loaded before the resizer: the resizer asks it for its height', async () => {
    const page = await browser.newPage({viewport: {width: 800, height: 800}});
    await record(page);
    await page.goto(article('/late-resizer.html', iframe('?date=2021-04-06')));
    // The frame has said its height, and nothing on the page was listening.
    await page.waitForFunction(() => (window as unknown as {log: Logged[]}).log.some((m) => m.fromFrame && (m.data as {type?: string})?.type === 'alignment-map:resize'));
    expect(await page.evaluate(() => document.getElementById('f')!.style.height)).toBe('');
    await page.addScriptTag({url: `${cdn.url}/embed-resizer.js`});
    await page.waitForFunction(() => Number.parseInt(document.getElementById('f')!.style.height, 10) > 400);
    await page.close();
  });
});

describe('embed-resizer.js', () => {
  it('takes heights only from its own iframe, from the iframe’s origin, in the expected shape', async () => {
    const page = await browser.newPage({viewport: {width: 800, height: 800}});
    const {problems} = watch(page);
    await record(page);
    const other = `<iframe id="other" src="about:blank" title="Another embed"></iframe>`;
    const moved = iframe('?date=2021-04-06', 'moved');
    await page.goto(article('/forged.html', iframe('?date=2021-04-06') + other + moved + resizer()));
    const settled = `${await detailed(page, await frameOf(page))}px`;
    await page.waitForFunction((h) => document.getElementById('f')!.style.height === h, settled);
    // From here on, only the heights below may be given: the frame's own, once, and none of the forgeries.
    const from = await page.evaluate(() => (window as unknown as {heights: string[]}).heights.length);
    const markers = () => page.evaluate(() => (window as unknown as {log: Logged[]}).log.filter((m) => (m.data as {type?: string})?.type === 'test:forged').length);

    const forge = async (target: 'other' | 'moved', origin: string, message: unknown) => {
      const count = await markers();
      await page.evaluate(
        ([id, url]) => ((document.getElementById(id!) as HTMLIFrameElement).contentWindow!.location.href = url!),
        [target, `${origin}/forge.html#${encodeURIComponent(JSON.stringify(message))}`],
      );
      await page.waitForFunction((n) => (window as unknown as {log: Logged[]}).log.filter((m) => (m.data as {type?: string})?.type === 'test:forged').length > n, count);
    };
    // Another frame on the page, even one on the embed's own origin.
    await forge('other', cdn.url, {type: 'alignment-map:resize', height: 401});
    // A marked frame that has been sent elsewhere: right window, wrong origin.
    await forge('moved', news.url, {type: 'alignment-map:resize', height: 402});
    // The article itself, or any script in it.
    await page.evaluate(() => {
      postMessage({type: 'alignment-map:resize', height: 403}, '*');
      postMessage({type: 'test:forged'}, '*');
    });
    // The embed's own frame, in shapes that are not a height.
    const frame = await frameOf(page);
    await frame.evaluate(() => {
      for (const bad of [
        {type: 'alignment-map:resize', height: '404'},
        {type: 'alignment-map:resize', height: 1e9},
        {type: 'alignment-map:resize', height: -405},
        {type: 'alignment-map:resize', height: Number.NaN},
        {type: 'alignment-map:resize'},
        {type: 'other', height: 406},
        {height: 407},
        'pymxPYMxmap1xPYMxheightxPYMx408',
        408,
        null,
      ])
        parent.postMessage(bad, '*');
      parent.postMessage({type: 'test:forged'}, '*');
    });
    await page.waitForFunction(() => (window as unknown as {log: Logged[]}).log.filter((m) => (m.data as {type?: string})?.type === 'test:forged').length >= 4);
    expect(await page.evaluate(() => document.getElementById('f')!.style.height)).toBe(settled);
    expect(await page.evaluate(() => document.getElementById('moved')!.style.height)).not.toBe('402px');

    // The same frame, in the expected shape: taken.
    await frame.evaluate(() => parent.postMessage({type: 'alignment-map:resize', height: 777}, '*'));
    await page.waitForFunction(() => document.getElementById('f')!.style.height === '777px');
    const given = await page.evaluate((n) => (window as unknown as {heights: string[]}).heights.slice(n), from);
    expect(given.filter((h) => h !== settled && h !== '777px')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('an iframe query with unknown or malformed options', () => {
  it('shows the nearest valid view and a notice for each, never a blank or a throw', async () => {
    const page = await browser.newPage({viewport: {width: 900, height: 1000}});
    const {problems} = watch(page);
    const query = new URLSearchParams([
      ['date', '2021-13-45'],
      ['country', '999'],
      ['bogus', '1'],
      ['timeout', 'soon'],
      ['no-header', 'maybe'],
      ['src', 'https://evil.example/story.json'],
      ['lang', '!!'],
    ]);
    await page.goto(`${cdn.url}/embed.html?${query}`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    const notes = await page.locator('alignment-map [role="alert"] p').allTextContents();
    expect(notes).toEqual([
      'date: "2021-13-45" is not a date (expected YYYY-MM-DD); showing 6 April 2021 instead',
      'selected: "999" is not a country in the map',
      'ignored: bogus=1 (not an option of the map)',
      'ignored: timeout=soon (expected a number)',
      'ignored: no-header=maybe (expected true or false)',
      'ignored: src=https://evil.example/story.json (only a story on this site)',
      'ignored: lang=!! (not a language tag)',
    ]);
    expect(await page.locator('alignment-map [part="header"]').count()).toBe(1);
    await page.screenshot({path: `${OUT}/iframe-bad-query.png`, fullPage: true});
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a script embed in an article that already has its headline', () => {
  it('hides the header, takes the article’s font and its bloc colour, loading from another origin', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const {problems} = watch(page);
    await page.goto(article('/script.html', `<alignment-map no-header date="2021-04-06"></alignment-map><script type="module" src="${cdn.url}/alignment-map.js"></script>`));
    const map = page.locator('alignment-map');
    await map.locator('path[data-id="586"][data-bloc="eastern"]').waitFor();
    expect(await map.locator('[part="header"]').count()).toBe(0);
    expect(await map.locator('.frame').evaluate((f) => getComputedStyle(f).fontFamily)).toBe('Georgia, serif');
    // Hatched, as an opinion: the page's colour fills the pattern's tiles.
    const fill = await map.locator('path[data-id="586"]').evaluate((p) => {
      const id = /#([^")]+)/.exec(getComputedStyle(p).fill)?.[1] ?? '';
      return getComputedStyle((p.getRootNode() as ShadowRoot).getElementById(id)!.querySelector('rect')!).fill;
    });
    expect(fill).toBe('rgb(123, 50, 148)');
    await page.screenshot({path: `${OUT}/article-no-header.png`, fullPage: true});
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('"Embed this" on the built files', () => {
  it('copies an iframe snippet that, pasted into an article, shows the same view at the right height', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: cdn.url});
    const page = await context.newPage();
    const {problems} = watch(page);
    await page.goto(`${cdn.url}/index.html`);
    const map = page.locator('alignment-map');
    await map.evaluate((el) => el.setAttribute('date', '2014-11-20'));
    await map.locator('path[data-id="586"][data-bloc="russia-pakistan"]').waitFor();
    await map.locator('.more > button').click();
    await map.locator('[data-menu="embed"]').click();
    const dialog = map.locator('dialog.embed[open]');
    await dialog.waitFor();
    await dialog.locator('[data-snippet="frame"] button').click();
    await dialog.locator('[data-snippet="frame"] [role="status"]', {hasText: 'Copied'}).waitFor();
    await page.screenshot({path: `${OUT}/embed-dialog-1280.png`});
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toContain(`<iframe data-alignment-map src="${cdn.url}/embed.html?date=2014-11-20"`);
    expect(pasted).toContain(`<script src="${cdn.url}/embed-resizer.js" async></script>`);
    expect(problems).toEqual([]);

    const reader = await browser.newPage({viewport: {width: 700, height: 800}});
    await reader.goto(article('/pasted.html', pasted));
    const frame = reader.frameLocator('iframe[data-alignment-map]');
    await frame.locator('path[data-id="586"][data-bloc="russia-pakistan"]').waitFor();
    await reader.waitForFunction(() => {
      const f = document.querySelector<HTMLIFrameElement>('iframe[data-alignment-map]')!;
      return f.style.height !== '' && f.contentDocument === null && f.getBoundingClientRect().height > 400;
    });
    await reader.close();
    await context.close();
  });

  it('on a phone, fits the dialog to the screen', async () => {
    const page = await browser.newPage({viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true});
    await page.goto(`${cdn.url}/index.html`);
    const map = page.locator('alignment-map');
    await map.locator('path[data-id="586"]').waitFor();
    await map.locator('.more > button').click();
    await map.locator('[data-menu="embed"]').click();
    const box = await map.locator('dialog.embed[open]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.screenshot({path: `${OUT}/embed-dialog-360.png`});
    await page.close();
  });

  it('says in the notices when its chunk cannot be fetched, and the map keeps working', async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 800}});
    await page.route('**/chunks/embed-dialog-*.js', (route) => route.abort());
    await page.goto(`${cdn.url}/index.html`);
    const map = page.locator('alignment-map');
    await map.locator('path[data-id="586"]').waitFor();
    await map.locator('.more > button').click();
    await map.locator('[data-menu="embed"]').click();
    await expect(map.locator('[role="alert"]').textContent()).resolves.toMatch(/could not load the embed code/);
    await map.evaluate((el) => el.setAttribute('date', '2001-10-11'));
    await map.locator('path[data-id="586"][data-bloc="us-operations"]').waitFor();
    await page.close();
  });
});
