#!/usr/bin/env node
// Writes the README's pictures from the built demo: docs/screenshot.png (the map at the article's moment)
// and docs/screenshot-2001.png (after 9/11). Run `npm run build` first.
import {chromium} from 'playwright';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';
import {serve} from './serve.mjs';

const server = await serve('dist');
const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
const page = await browser.newPage({viewport: {width: 900, height: 1000}, deviceScaleFactor: 1});
await page.goto(`${server.url}/`);
for (const [date, file] of [['2021-04-06', 'docs/screenshot.png'], ['2001-10-11', 'docs/screenshot-2001.png']]) {
  await page.locator('alignment-map').evaluate((el, d) => el.setAttribute('date', d), date);
  await page.locator(`alignment-map path[data-id="586"]`).waitFor();
  await page.waitForTimeout(400);
  await page.locator('alignment-map').screenshot({path: file});
  console.log(`wrote ${file}`);
}
await browser.close();
await server.close();
