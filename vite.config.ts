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
    },
  };
}

const browser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({launchOptions: {executablePath: findChromium(), args: CHROMIUM_ARGS}}),
  instances: [{browser: 'chromium' as const}],
};

export default defineConfig({
  json: {stringify: true},
  build: {
    target: 'es2022',
    copyPublicDir: false,
    lib: {entry: 'src/index.ts', formats: ['es'], fileName: () => 'alignment-map.js'},
    rolldownOptions: {output: {minify: true}},
    minify: true,
  },
  plugins: [demoPage()],
  test: {
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node'}},
      {extends: true, plugins: [faults()], optimizeDeps: {include: ['axe-core', 'lit', 'lit/decorators.js', 'lit/directives/style-map.js', '@lit/task', 'd3-geo']}, test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], browser}},
      {extends: true, test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000}},
    ],
  },
});
