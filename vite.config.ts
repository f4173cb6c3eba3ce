import {readFileSync} from 'node:fs';
import {playwright} from '@vitest/browser-playwright';
import {defineConfig, type Plugin} from 'vitest/config';
import {faults} from './tests/faults.js';
// @ts-expect-error: a plain .mjs script shared with the benchmark, without type declarations.
import {CHROMIUM_ARGS, findChromium} from './scripts/chromium.mjs';

/**
 * The demo page ships beside the embed: dist/index.html loads ./alignment-map.js, the one file a news page
 * would paste, instead of Vite's development entry.
 */
function demoPage(): Plugin {
  return {
    name: 'demo-page',
    apply: 'build',
    generateBundle() {
      const page = readFileSync('index.html', 'utf8').replace('/src/index.ts', './alignment-map.js');
      this.emitFile({type: 'asset', fileName: 'index.html', source: page});
      // The iframe embed: a page with nothing but the element, whose script (embed.js) is an entry of its own.
      this.emitFile({type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8')});
    },
  };
}

/** The built-in story ships unvalidated to save readers the time, so the build refuses one with any issue. */
function validatedStory(): Plugin {
  return {
    name: 'validated-story',
    apply: 'build',
    async buildStart() {
      const {validateBuiltIn} = await import('./src/built-in-check.js');
      const {errors, warnings} = validateBuiltIn();
      const issues = [...errors, ...warnings].map((i) => `${i.path}: ${i.message}`);
      if (issues.length) this.error(`data/lavrov-pakistan-2021.json is not a valid story:\n${issues.join('\n')}`);
    },
  };
}

/**
 * The map and the story ship as JSON.parse("…") rather than object literals: V8 parses JSON text faster than
 * JavaScript (v8.dev/blog/cost-of-javascript-2019). Vite's own json.stringify does not reach a library build.
 */
function jsonAsText(): Plugin {
  return {
    name: 'json-as-text',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return {code: `export default /*@__PURE__*/ JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, moduleType: 'js', map: null};
    },
  };
}

const browser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  // The lifecycle tests force garbage collection and read exact heap sizes.
  provider: playwright({launchOptions: {executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info']}}),
  instances: [{browser: 'chromium' as const}],
};

/**
 * `vite build --mode resizer` writes dist/embed-resizer.js, the script a page without pym.js adds beside the
 * iframe embed: one self-contained file, wrapped so that it runs as a classic script as well as a module.
 */
const resizer = {
  emptyOutDir: false,
  copyPublicDir: false,
  target: 'es2020',
  minify: true,
  lib: {entry: 'src/embed/resizer.ts', formats: ['iife' as const], name: 'alignmentMapResizer', fileName: () => 'embed-resizer.js'},
};

/** `vite build --mode cli` bundles the command-line validator for Node into dist/cli.mjs, beside the embed. */
const cli = {
  ssr: 'src/cli/main.ts',
  target: 'node20',
  emptyOutDir: false,
  copyPublicDir: false,
  rolldownOptions: {output: {entryFileNames: 'cli.mjs'}},
};

export default defineConfig(({mode}) => ({
  ssr: {noExternal: true},
  build:
    mode === 'cli'
      ? cli
      : mode === 'resizer'
        ? resizer
        : {
          target: 'es2022',
          copyPublicDir: false,
          // The embed page's script imports the element from alignment-map.js rather than carrying a copy.
          lib: {entry: {'alignment-map': 'src/index.ts', embed: 'src/embed/page.ts'}, formats: ['es'], fileName: (_format, name) => `${name}.js`},
          // On-demand chunks sit in chunks/ beside the embed, as .js: some static hosts serve .mjs with the wrong
          // type. 'allow-extension' lets the bundler keep what the chunks share with the first view in the embed
          // itself (which they import from ../alignment-map.js) instead of a common chunk that every reader
          // would have to fetch before the map draws.
          // The iframe query's code is shared by embed.js and the "Embed this" chunk: in a chunk of its own, so that
          // the dialog never imports embed.js (which would start an iframe page inside the article).
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: {groups: [{name: 'embed-query', test: /[\\/]src[\\/]embed[\\/]query\.ts$/}]},
            },
          },
          minify: true,
        },
  plugins: mode === 'cli' || mode === 'resizer' ? [] : [jsonAsText(), validatedStory(), demoPage()],
  test: {
    // No test may fail because the machine is slow or busy: time limits only catch a test that hangs.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node'}},
      {
        extends: true,
        plugins: [faults()],
        optimizeDeps: {include: ['axe-core', 'fast-check', 'lit', 'lit/decorators.js', '@lit/task', 'd3-geo']},
        test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], browser},
      },
      {extends: true, test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node'}},
    ],
  },
}));
