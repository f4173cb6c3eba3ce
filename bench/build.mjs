// Builds what the benchmark serves: dist/ when it is missing, and the reference pages with Vite, minified,
// so that their bytes are what a reader of such a page would download.
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import {build} from 'vite';

export const REFERENCES = ['careful', 'textbook', 'floor'];
const TITLES = {careful: 'Careful D3', textbook: 'Textbook D3', floor: 'Floor'};
export const STORY = 'data/lavrov-pakistan-2021.json';
const TOPOLOGY = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');

/** Builds dist/ as `npm run build` would, unless it is there: a present dist/ is measured as it is. */
export function ensureDist() {
  if (existsSync('dist/alignment-map.js')) return false;
  execFileSync('npx', ['vite', 'build'], {stdio: 'inherit'});
  return true;
}

/** Writes each reference page (page.html + assets/) and the data they fetch into `out`. */
export async function buildReferences(out) {
  rmSync(out, {recursive: true, force: true});
  // One build per page, so each ships one bundle of its own and no chunk shared with another.
  for (const page of REFERENCES) {
    writeFileSync(`bench/pages/${page}.html`, referencePage(page));
    await build({
      configFile: false,
      root: 'bench/pages',
      base: './',
      logLevel: 'warn',
      build: {
        outDir: resolve(out),
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        // The element ships no module-preload polyfill either.
        modulePreload: {polyfill: false},
        rolldownOptions: {input: `bench/pages/${page}.html`},
      },
    });
  }
  mkdirSync(join(out, 'data'), {recursive: true});
  copyFileSync(TOPOLOGY, join(out, 'data', 'countries-110m.json'));
  copyFileSync(STORY, join(out, 'data', 'lavrov-pakistan-2021.json'));
}

/**
 * The page around a reference script: the same for all three, so that only the script differs. Written at
 * build time as Vite's input (git ignores it).
 */
function referencePage(page) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${TITLES[page]}: a benchmark reference for the alignment map</title>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d232a; }
      main { max-width: 1100px; margin: 0 auto; padding: 20px 16px 40px; }
      svg { display: block; width: 100%; height: auto; }
      path { stroke: #fff; stroke-width: 0.5; }
      input { display: block; width: 100%; margin: 10px 0 0; }
    </style>
  </head>
  <body>
    <main><div id="map"></div></main>
    <script type="module" src="./${page}.js"></script>
  </body>
</html>
`;
}

/** The smallest news page that embeds the element, loading it from `scriptUrl` as from a CDN. */
export function writeEmbedPage(out, scriptUrl) {
  writeFileSync(join(out, 'embed.html'), embedPage(scriptUrl));
  writeFileSync(join(out, 'map-only.html'), embedPage(scriptUrl, MAP_ONLY));
}

/**
 * A diagnostic, not a way to ship: the same embed with its story parts (header, legend, timeline, caption,
 * footer) hidden through their CSS parts, so that what is left is what the reference pages draw, the map.
 */
const MAP_ONLY = `<style>alignment-map::part(header), alignment-map::part(legend), alignment-map::part(timeline),
alignment-map::part(caption), alignment-map::part(footer) { display: none; }</style>`;

function embedPage(scriptUrl, head = '') {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Embed</title>${head}</head><body><alignment-map></alignment-map>
<script type="module" src="${scriptUrl}"></script></body></html>\n`;
}
