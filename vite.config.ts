import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
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

/**
 * `vite build --mode offline` writes dist/alignment-map-offline.html: offline.html with the whole embed inlined,
 * on-demand chunks included (one bundle, no code splitting), so that it runs from a USB stick (file://, where
 * browsers refuse module scripts by URL) with no network. Nothing else of that build is written.
 */
function offlinePage(): Plugin {
  return {
    name: 'offline-page',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1 || !chunks[0]) this.error(`the offline build must be one chunk, got ${chunks.length}`);
      const code = chunks[0].code.replace(/<\/script/gi, '<\\/script');
      // "<!--" inside a script can make the HTML parser miss its end; no escape is valid in every JavaScript context.
      if (code.includes('<!--')) this.error('the bundle contains "<!--", which cannot be inlined in HTML safely');
      const entry = '<script type="module" src="/src/index.ts"></script>';
      const template = readFileSync('offline.html', 'utf8');
      if (!template.includes(entry)) this.error(`offline.html must load the embed with ${entry}`);
      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({type: 'asset', fileName: 'alignment-map-offline.html', source: template.replace(entry, () => `<script type="module">${code}</script>`)});
    },
  };
}

/** Stories the demo page offers besides the built-in one, from data/. */
const DEMO_STORIES = ['nato-sco-1996-2024.json'];

/**
 * The demo page's other stories, loaded with `src` as any page would load its own: written to dist/stories/ by
 * the build, and served from data/ at the same path while developing. The offline single file keeps only the
 * built-in story.
 */
function demoStories(): Plugin {
  return {
    name: 'demo-stories',
    configureServer(server) {
      server.middlewares.use('/stories/', (req, res, next) => {
        const name = (req.url ?? '').slice(1).split('?')[0] ?? '';
        if (!DEMO_STORIES.includes(name)) return next();
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(`data/${name}`));
      });
    },
    generateBundle() {
      for (const name of DEMO_STORIES) this.emitFile({type: 'asset', fileName: `stories/${name}`, source: readFileSync(`data/${name}`, 'utf8')});
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

/**
 * The built-in story as three modules: `virtual:built-in-story`, what the first view needs, inside the embed;
 * `virtual:built-in-story-details`, the words only popups show, a chunk fetched when the browser is idle; and
 * `virtual:built-in-story-translations`, a chunk only a map in another language than the story's fetches.
 */
function builtInStory(): Plugin {
  const file = resolve('data/lavrov-pakistan-2021.json');
  const parts = {'\0virtual:built-in-story': 'core', '\0virtual:built-in-story-details': 'details', '\0virtual:built-in-story-translations': 'translations'} as const;
  return {
    name: 'built-in-story',
    resolveId: (id) => (`\0${id}` in parts ? `\0${id}` : null),
    async load(id) {
      const part = parts[id as keyof typeof parts];
      if (!part) return null;
      this.addWatchFile(file);
      const {splitDetails} = await import('./src/model/details.js');
      const value = splitDetails(JSON.parse(readFileSync(file, 'utf8')))[part];
      return `export default /*@__PURE__*/ JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

/**
 * Lit's css`` templates ship as written: indentation and comments included. This collapses them in the
 * `*.styles.ts` modules (which interpolate nothing), about 1 KB gzip of the first view.
 */
function compactStyles(): Plugin {
  return {
    name: 'compact-styles',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const compact = code.replace(/css`([^`$]*)`/g, (_, body: string) => {
        const text = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}');
        return `css\`${text.trim()}\``;
      });
      return {code: compact, map: null};
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

/**
 * `vite build --mode embed` writes dist/embed.js, the iframe page's script, in a build of its own that leaves
 * the element outside (imported from ./alignment-map.js at run time). As a second entry of the embed's build,
 * it made the bundler move what the two entries share (strings, dates, the country layer) out of
 * alignment-map.js into common chunks that every reader's first view then fetched as well. The iframe page
 * carries its own copy of the interface strings instead.
 */
const INDEX = /[\\/]src[\\/]index\.ts$/;
const embedPage = {
  emptyOutDir: false,
  copyPublicDir: false,
  target: 'es2022',
  lib: {entry: 'src/embed/page.ts', formats: ['es' as const], fileName: () => 'embed.js'},
  rolldownOptions: {
    external: (id: string) => INDEX.test(id),
    output: {minify: true, paths: (id: string) => (INDEX.test(id) ? './alignment-map.js' : id)},
  },
};

/** `vite build --mode cli` bundles the command-line validator for Node into dist/cli.mjs, beside the embed. */
const cli = {
  ssr: 'src/cli/main.ts',
  target: 'node20',
  emptyOutDir: false,
  copyPublicDir: false,
  rolldownOptions: {output: {entryFileNames: 'cli.mjs'}},
};

/** The embed's library build; `split: false` inlines the on-demand chunks for the offline page. */
const library = (split: boolean) => ({
  target: 'es2022',
  copyPublicDir: false,
  emptyOutDir: split,
  lib: {entry: 'src/index.ts', formats: ['es' as const], fileName: () => 'alignment-map.js'},
  // On-demand chunks sit in chunks/ beside the embed, as .js: some static hosts serve .mjs with the wrong
  // type. 'allow-extension' lets the bundler keep what the chunks share with the first view in the embed
  // itself (which they import from ../alignment-map.js) instead of a common chunk that every reader
  // would have to fetch before the map draws. (Lit still lands in a small chunk of its own that the embed
  // imports: the bundler puts a package shared by the embed and its chunks there.)
  rolldownOptions: {
    preserveEntrySignatures: 'allow-extension' as const,
    output: {
      minify: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
      codeSplitting: split,
    },
  },
  minify: true,
});

export default defineConfig(({mode}) => ({
  ssr: {noExternal: true},
  build:
    mode === 'cli'
      ? cli
      : mode === 'offline'
        ? library(false)
        : mode === 'resizer'
          ? resizer
          : mode === 'embed'
            ? embedPage
            : library(true),
  plugins:
    mode === 'cli' || mode === 'resizer' || mode === 'embed'
      ? []
      : mode === 'offline'
        ? [jsonAsText(), compactStyles(), builtInStory(), offlinePage()]
        : [jsonAsText(), compactStyles(), builtInStory(), validatedStory(), demoPage(), demoStories()],
  test: {
    // No test may fail because the machine is slow or busy: time limits only catch a test that hangs.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node'}},
      {
        extends: true,
        plugins: [faults()],
        optimizeDeps: {include: ['axe-core', 'fast-check', 'lit', 'lit/decorators.js', '@lit/task', 'd3-geo', 'd3-selection', 'd3-transition', 'd3-zoom']},
        test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], browser},
      },
      {extends: true, test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node'}},
    ],
  },
}));
