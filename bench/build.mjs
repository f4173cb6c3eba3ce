// Builds what the benchmark serves: dist/ when it is missing, and the reference pages with Vite, minified,
// so that their bytes are what a reader of such a page would download.
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';
import {build} from 'vite';

export const REFERENCES = ['careful-story', 'careful', 'textbook', 'floor'];
const TITLES = {'careful-story': 'Careful D3 with the story', careful: 'Careful D3', textbook: 'Textbook D3', floor: 'Floor'};
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
 * The page around a reference script: the same for all of them, so that only the script differs. Written at
 * build time as Vite's input (git ignores it). The rules past the slider's style the story's parts, which
 * only the careful page with the story draws.
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
      path[data-involved] { stroke: #1d232a; stroke-width: 1.25px; }
      .key { margin: 10px 0 0; font-size: 0.87em; }
      .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; }
      .legend li { display: flex; align-items: center; gap: 6px; }
      .swatch { display: inline-block; inline-size: 14px; block-size: 14px; border-radius: 3px; }
      .count, .when, .sources, .badge { color: #5b6570; }
      .badge { padding: 0 6px; border: 1px solid currentColor; border-radius: 999px; font-size: 0.8em; text-transform: uppercase; }
      .caption { margin: 12px 0 0; border-inline-start: 3px solid #1d232a; padding-inline-start: 12px; }
      .caption h3 { margin: 2px 0 4px; font-size: 1.1em; }
      .caption p { margin: 0 0 6px; }
      .when, .sources { font-size: 0.87em; overflow-wrap: anywhere; }
      .claim { margin: 8px 0; padding: 8px 10px; background: #fff7e0; border-radius: 6px; font-size: 0.93em; }
      .label { font-weight: 600; }
      q, .name, .sources a { unicode-bidi: isolate; }
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
