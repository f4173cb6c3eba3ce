import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {Browser} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serveDir, watch, type Served} from './browser.js';

// The package as a newsroom gets it: `npm pack`, installed from the tarball into an empty folder with no network,
// then used by a plain page that imports the installed module. `npm test` builds dist/ first.
const OUT = 'tests/e2e/output';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;
let installed: string;
let packed: {filename: string; integrity: string; files: {path: string}[]};
let browser: Browser;
let server: Served;

interface Manifest {
  version: string;
  license: string;
  private?: boolean;
  types: string;
  customElements: string;
  exports: Record<string, string | {types: string; default: string}>;
}
/**
 * A newsroom's project that depends on the tarball (`"alignment-map": "file:…tgz"`). Offline, npm cannot resolve
 * the package's version ranges (that needs the registry's metadata, which its cache does not keep), so a lock
 * file pins them to the versions this repository locks, whose tarballs `npm ci` has cached here.
 */
function writeNewsroomProject(dir: string, tarball: {filename: string; integrity: string}): void {
  const ours = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string; license: string; dependencies: Record<string, string>};
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {packages: Record<string, {dependencies?: Record<string, string>}>};
  const file = `file:${tarball.filename}`;
  const packages: Record<string, object> = {
    '': {name: 'newsroom-page', dependencies: {'alignment-map': file}},
    'node_modules/alignment-map': {version: ours.version, resolved: file, integrity: tarball.integrity, license: ours.license, dependencies: ours.dependencies},
  };
  const todo = Object.keys(ours.dependencies);
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`package-lock.json has no node_modules/${name}`);
    packages[`node_modules/${name}`] ??= (todo.push(...Object.keys(entry.dependencies ?? {})), entry);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'newsroom-page', private: true, type: 'module', dependencies: {'alignment-map': file}}));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({name: 'newsroom-page', lockfileVersion: 3, requires: true, packages}));
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

beforeAll(async () => {
  if (!existsSync('dist/custom-elements.json')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  scratch = mkdtempSync(join(tmpdir(), 'alignment-map-pack-'));
  [packed] = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], {encoding: 'utf8'}));
  writeNewsroomProject(scratch, packed);
  execFileSync(NPM, ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {cwd: scratch, stdio: 'pipe'});
  installed = join(scratch, 'node_modules', 'alignment-map');
  browser = await launch();
  server = await serveDir(scratch);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

describe('the packed tarball (npm pack)', () => {
  it('holds what a newsroom installs or self-hosts, and nothing of the tests or the demo', () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of ['dist/alignment-map.js', 'dist/embed.html', 'dist/embed.js', 'dist/embed-resizer.js', 'dist/custom-elements.json', 'dist/types/src/index.d.ts', 'dist/cli.mjs', 'bin/alignment-map.mjs', 'LICENSE', 'README.md', 'package.json'])
      expect(files, needed).toContain(needed);
    expect(files.some((f) => /^dist\/chunks\/embed-dialog-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => /^(src|tests|data|bench|scripts)\/|^dist\/(index|embed-test)\.html$|\.css$|mini-story/.test(f))).toEqual([]);
  });

  it('is publishable: a version, the licence, types, a manifest, and exports that point at real files', () => {
    const m = manifest();
    expect(m.private).toBeUndefined();
    expect(m.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.license).toBe('MIT');
    const targets = Object.entries(m.exports).flatMap(([key, target]) => (key.includes('*') ? [] : typeof target === 'string' ? [target] : [target.types, target.default]));
    for (const file of [...targets, m.types, m.customElements]) expect(existsSync(join(installed, file)), file).toBe(true);
  });

  it('describes the element in custom-elements.json: attributes, properties, events, parts and CSS properties', () => {
    const cem = JSON.parse(readFileSync(join(installed, manifest().customElements), 'utf8'));
    const element = cem.modules.flatMap((m: {declarations: object[]}) => m.declarations).find((d: {tagName?: string}) => d.tagName === 'alignment-map');
    const names = (list: {name: string}[]) => list.map((x) => x.name);
    expect(cem.modules[0].path).toBe('dist/alignment-map.js');
    expect(names(element.attributes)).toEqual(expect.arrayContaining(['src', 'date', 'selected', 'timeout', 'no-header', 'theme', 'link', 'present']));
    expect(names(element.members)).toEqual(expect.arrayContaining(['src', 'date', 'selected', 'timeout', 'noHeader', 'notices', 'theme', 'link', 'present']));
    expect(element.events.map((e: {name: string; type: {text: string}}) => [e.name, e.type.text])).toEqual([
      ['alignment-date-change', 'AlignmentDateChangeEvent'],
      ['alignment-country-select', 'AlignmentCountrySelectEvent'],
    ]);
    expect(names(element.cssParts)).toEqual(expect.arrayContaining(['header', 'toolbar', 'timeline', 'caption', 'legend', 'footer', 'popup', 'embed-dialog', 'error', 'button', 'table', 'slide']));
    expect(names(element.cssProperties)).toEqual(expect.arrayContaining(['--alignment-font', '--alignment-ink', '--alignment-bloc-{id}', '--alignment-error-line']));
    expect(element.cssProperties.every((p: {description?: string}) => p.description && !p.description.includes('@cssprop'))).toBe(true);
  });

  it('types the element and its events for a TypeScript page', () => {
    writeFileSync(
      join(scratch, 'page.ts'),
      `import {AlignmentMap, AlignmentDateChangeEvent, type Story} from 'alignment-map';
      const map: AlignmentMap = document.createElement('alignment-map');
      map.date = '2021-04-06';
      map.noHeader = true;
      map.addEventListener('alignment-date-change', (e: AlignmentDateChangeEvent) => e.detail.date.toUpperCase());
      document.addEventListener('alignment-country-select', (e) => e.detail.name.toUpperCase());
      export const corrected = (story: Story): string | undefined => story.corrections?.[0]?.text;
      // @ts-expect-error: a date is text
      map.date = 2021;
      // @ts-expect-error: the event's detail has no year
      map.addEventListener('alignment-date-change', (e) => e.detail.year);
      `,
    );
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const flags = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', 'page.ts'];
    const run = spawnSync(process.execPath, [tsc, ...flags], {cwd: scratch, encoding: 'utf8'});
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('works in a plain page that imports the installed module, chunks and "Embed this" included', async () => {
    const entry = manifest().exports['.'] as {default: string};
    writeFileSync(
      join(scratch, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A newsroom's page</title>
      <script type="importmap">{"imports": {"alignment-map": "./node_modules/alignment-map/${entry.default.replace('./', '')}"}}</script>
      <script type="module">import {AlignmentMap} from 'alignment-map'; window.defined = customElements.get('alignment-map') === AlignmentMap;</script>
      </head><body><h1>News</h1><alignment-map date="2001-10-11"></alignment-map></body></html>`,
    );
    const page = await browser.newPage({viewport: {width: 1000, height: 900}});
    const {problems} = watch(page);
    await page.goto(`${server.url}/index.html`);
    const map = page.locator('alignment-map');
    await map.locator('path[data-id="586"][data-bloc="us-operations"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as {defined: boolean}).defined)).toBe(true);
    await map.locator('.more > button').click();
    await map.locator('[data-menu="embed"]').click();
    const frame = await map.locator('dialog.embed [data-snippet="frame"] textarea').inputValue();
    // A self-hosted copy writes snippets that point at itself.
    expect(frame).toContain(`src="${server.url}/node_modules/alignment-map/dist/embed.html?date=2001-10-11"`);
    await page.screenshot({path: `${OUT}/package-plain-page.png`});

    await page.goto(`${server.url}/node_modules/alignment-map/dist/embed.html?date=2021-04-06`);
    await page.locator('alignment-map path[data-id="586"][data-bloc="eastern"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
