import {existsSync, mkdirSync} from 'node:fs';
import {chromium, type Browser, type Page} from 'playwright';
import {afterAll, beforeAll} from 'vitest';
// @ts-expect-error: plain .mjs scripts shared with the benchmark, without type declarations.
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
// @ts-expect-error: see above.
import {serve} from '../../scripts/serve.mjs';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves a folder on 127.0.0.1, with extra headers and test routes. */
export const serveDir = serve as (
  root: string,
  options?: {headers?: Record<string, string>; routes?: Record<string, (req: unknown, res: {writeHead: (s: number, h: object) => {end: (b: string) => void}}) => void>},
) => Promise<Served>;

/** Debian's Chromium (or CHROMIUM_PATH), with the flags that keep it quiet on a closed network. */
export function launch(): Promise<Browser> {
  return chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
}

/**
 * For a test file of the built files: before its tests, checks that dist/ is built, makes the screenshot
 * folder, launches Chromium and serves dist/; after them, stops both. The handles fill in when it starts.
 */
export function builtDist(out = 'tests/e2e/output'): {browser: Browser; server: Served} {
  const live = {} as {browser: Browser; server: Served};
  beforeAll(async () => {
    if (!existsSync('dist/alignment-map.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
    mkdirSync(out, {recursive: true});
    live.browser = await launch();
    live.server = await serveDir('dist');
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

/** Collects what would mean a broken page: uncaught errors, console errors, and requests off this machine. */
export function watch(page: Page): {problems: string[]} {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|about:)/.test(r.url()) && problems.push(`network: ${r.url()}`));
  return {problems};
}

/** Clicks a country where a reader would: a point of its path that nothing else covers. */
export async function clickCountry(page: Page, id: string, nth = 0): Promise<void> {
  const point = await page.evaluate(
    ([id, nth]) => {
      const map = document.querySelectorAll('alignment-map')[nth as number]!;
      const path = map.shadowRoot!.querySelector(`path[data-id="${id}"]`)!;
      const box = path.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.1)
        for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
          if (map.shadowRoot!.elementFromPoint(x, y) === path) return {x, y};
        }
      return null;
    },
    [id, nth],
  );
  if (!point) throw new Error(`no clickable point on ${id}`);
  await page.mouse.click(point.x, point.y);
}
