#!/usr/bin/env node
// `npm run bench [-- --runs N] [--only element|careful-story|careful|textbook|floor]`: measures the built element
// beside four reference pages in headless Chromium, prints a Markdown report and writes it to bench/results/latest.md.
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {chunkSizes} from '../scripts/chunks.mjs';
import {serve} from '../scripts/serve.mjs';
import {buildReferences, ensureDist, STORY, writeEmbedPage} from './build.mjs';
import {measure} from './measure.mjs';
import {QUIET, quietRun, RATES, report, summarise} from './report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const OUT = 'bench/.build';
const RESULT = 'bench/results/latest.md';
const KINDS = ['element', 'careful-story', 'careful', 'textbook', 'floor'];

const {values: options} = parseArgs({options: {runs: {type: 'string', default: '7'}, only: {type: 'string'}}});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) stop(`--runs takes a whole number of loads, not "${options.runs}"`);
if (options.only && !KINDS.includes(options.only)) stop(`--only takes one of ${KINDS.join(', ')}, not "${options.only}"`);
const executablePath = findChromium();
if (!executablePath) stop('No Chrome or Chromium found: run `node scripts/chromium.mjs --ensure`, or set CHROMIUM_PATH.');

if (ensureDist()) console.log('Built dist/, which was missing.');
await buildReferences(OUT);
// The embed page loads the element from another origin, as a news page loads it from a CDN.
const dist = await serve('dist', {headers: {'access-control-allow-origin': '*'}});
const refs = await serve(OUT);
writeEmbedPage(OUT, `${dist.url}/alignment-map.js`);
const roots = {[dist.url]: 'dist', [refs.url]: OUT};

const pages = [
  {kind: 'element', name: 'element, demo page', url: `${dist.url}/index.html`},
  {kind: 'element', name: 'element, embed', url: `${refs.url}/embed.html`},
  {kind: 'element', diagnostic: true, name: 'element, map only (diagnostic)', url: `${refs.url}/map-only.html`},
  {kind: 'careful-story', name: 'careful D3 with the story', url: `${refs.url}/careful-story.html`},
  {kind: 'careful', name: 'careful D3', url: `${refs.url}/careful.html`},
  {kind: 'textbook', name: 'textbook D3', url: `${refs.url}/textbook.html`},
  {kind: 'floor', name: 'floor', url: `${refs.url}/floor.html`},
].filter((page) => !options.only || page.kind === options.only);

const events = JSON.parse(readFileSync(STORY, 'utf8')).events.length;
const forward = [...Array(events).keys()];
const steps = [...forward, ...forward.slice(0, -1).reverse()];

// The 1-minute load average at the start, after each run and at the end, to tell a quiet run from a busy one.
const load = () => loadavg()[0];
const loads = {start: load(), between: []};
console.log(`${QUIET}\nLoad average now: ${loads.start.toFixed(2)}. ${runs} loads of ${pages.length} pages at CPU ${RATES.join('× and ')}×…`);
if (!quietRun([loads.start], cpus().length)) console.log('The machine is busy already: the report will mark this run as not quiet.');
// Chromium's full headless mode renders two omnibox pop-up pages for each new browser context; on a small
// machine they compete with the page being measured (about 40 ms on the floor's draw with 2 cores).
const args = [...CHROMIUM_ARGS, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];
const browser = await chromium.launch({executablePath, args});
try {
  // A first load of each page, not counted: the browser's own start-up would otherwise fall on it.
  for (const page of pages) await measure(browser, page, {throttle: 1, steps: []});
  const measured = new Map(pages.map((page) => [page, Object.fromEntries(RATES.map((rate) => [rate, []]))]));
  for (const rate of RATES)
    for (let run = 0; run < runs; run++) {
      // A different page goes first on each run, so that none always meets a machine just woken up.
      const order = pages.map((_, i) => pages[(i + run) % pages.length]);
      for (const page of order) measured.get(page)[rate].push(await measure(browser, page, {throttle: rate, steps}));
      loads.between.push(load());
      console.log(`  CPU ${rate}×: run ${run + 1} of ${runs} done (load average ${loads.between.at(-1).toFixed(2)})`);
    }
  const text = report({
    pages: pages.map((page) => ({
      ...page,
      files: files(measured.get(page)[RATES[0]][0].network),
      rates: Object.fromEntries(RATES.map((rate) => [rate, summarise(measured.get(page)[rate])])),
    })),
    machine: {
      date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      cpu: cpuModel(),
      cores: cpus().length,
      loads: {start: loads.start, end: load(), highest: Math.max(...loads.between)},
      chromium: browser.version(),
      node: process.version,
    },
    runs,
    steps: steps.length,
    chunks: chunkSizes('dist', 'alignment-map.js'),
  });
  mkdirSync('bench/results', {recursive: true});
  writeFileSync(RESULT, text);
  // Every load's figures, step by step, for a closer look; git ignores it.
  const raw = pages.map((page) => ({...page, loads: measured.get(page)}));
  writeFileSync(RESULT.replace(/\.md$/, '.json'), JSON.stringify(raw, (_, v) => (v instanceof Map ? Object.fromEntries(v) : v), 1));
  console.log(`\n${text}\nWritten to ${RESULT}, every load's figures to ${RESULT.replace(/\.md$/, '.json')}.`);
} catch (error) {
  console.error(`\nThe benchmark broke: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await Promise.all([dist.close(), refs.close()]);
}

/** The files a load fetched from our servers, with their sizes on disk, at gzip -9, and on the wire. */
function files(network) {
  return [...network]
    .filter(([url]) => url?.startsWith('http'))
    .map(([url, encoded]) => {
      const {origin, pathname} = new URL(url);
      const path = join(roots[origin], pathname);
      const body = readFileSync(path);
      return {file: pathname.slice(1), raw: statSync(path).size, gzip: gzipSync(body, {level: 9}).length, network: encoded};
    });
}

function cpuModel() {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
}

function stop(message) {
  console.error(message);
  process.exit(1);
}
