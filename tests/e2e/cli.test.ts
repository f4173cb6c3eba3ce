import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serveDir, watch, type Served} from './browser.js';

// These tests run the built command line (bin/alignment-map.mjs → dist/cli.mjs) as a newsroom would.
const GOOD = 'tests/fixtures/csv/good';
const SHEETS = ['events', 'alignments', 'quotes', 'blocs'].map((name) => `${GOOD}/${name}.csv`);
let dir: string;

function cli(...args: string[]) {
  const {status, stdout, stderr} = spawnSync(process.execPath, ['bin/alignment-map.mjs', ...args], {encoding: 'utf8'});
  return {status, out: stdout.split('\n').filter(Boolean), err: stderr.split('\n').filter(Boolean)};
}

beforeAll(() => {
  if (!existsSync('dist/cli.mjs')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  dir = mkdtempSync(join(tmpdir(), 'alignment-cli-'));
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('the built command line, from spreadsheets to a story', () => {
  it('from-csv builds the fixture sheets into a story that validate passes', () => {
    const story = join(dir, 'story.json');
    const built = cli('from-csv', ...SHEETS, '--base', `${GOOD}/story.json`, '--out', story);
    expect(built).toEqual({status: 0, err: [], out: [`${story}: written from 4 sheets: 4 events, 17 alignments, 2 quotes, 5 blocs, 1 place; 0 errors, 0 warnings`]});
    expect(cli('validate', story)).toEqual({status: 0, err: [], out: [`${story}: 0 errors, 0 warnings`]});
  });

  it('from-csv names the bad cell and writes nothing', () => {
    const story = join(dir, 'bad.json');
    const bad = cli('from-csv', 'tests/fixtures/csv/bad/unknown-country-alignments.csv', SHEETS[0]!, SHEETS[2]!, SHEETS[3]!, '--base', `${GOOD}/story.json`, '--out', story);
    expect(bad.status).toBe(1);
    expect(bad.out[0]).toMatch(/^tests\/fixtures\/csv\/bad\/unknown-country-alignments\.csv:5:1: error: country: "Pakistn" is not a country in the map/);
    expect(existsSync(story)).toBe(false);
  });

  it('new writes a story that validate passes; with --csv, sheets that from-csv builds back', () => {
    const story = join(dir, 'new', 'story.json');
    expect(cli('new', join(dir, 'plain.json')).status).toBe(0);
    expect(cli('validate', join(dir, 'plain.json')).out).toEqual([`${join(dir, 'plain.json')}: 0 errors, 0 warnings`]);
    mkdirSync(join(dir, 'new'));
    expect(cli('new', story, '--csv').status).toBe(0);
    expect(readdirSync(join(dir, 'new')).sort()).toEqual(['alignments.csv', 'events.csv', 'quotes.csv', 'story.json']);
    const sheets = ['events', 'alignments', 'quotes'].map((s) => join(dir, 'new', `${s}.csv`));
    expect(cli('from-csv', ...sheets, '--base', story, '--out', story).status).toBe(0);
    expect(cli('validate', story).out).toEqual([`${story}: 0 errors, 0 warnings`]);
  });

  it('misuse exits 2 with a usage line', () => {
    const misuse = cli('from-csv', '--nope');
    expect([misuse.status, misuse.err.at(-1)]).toEqual([2, 'Usage: alignment-map from-csv <sheet.csv>... --base <story.json> --out <story.json>']);
  });
});

describe('the built embed, showing a story built from CSV', () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    const story = join(dir, 'published.json');
    expect(cli('from-csv', ...SHEETS, '--base', `${GOOD}/story.json`, '--out', story).status).toBe(0);
    const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
      <alignment-map src="csv-story.json" date="2021-04-06"></alignment-map><script type="module" src="alignment-map.js"></script></body></html>`;
    browser = await launch();
    server = await serveDir('dist', {
      routes: {
        '/csv.html': (_req, res) => res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page),
        '/csv-story.json': (_req, res) => res.writeHead(200, {'content-type': 'application/json'}).end(readFileSync(story, 'utf8')),
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a plain page with <alignment-map src> colours the countries as the sheets say', async () => {
    const page = await browser.newPage({viewport: {width: 1000, height: 900}});
    const {problems} = watch(page);
    await page.goto(`${server.url}/csv.html`);
    for (const [id, bloc] of Object.entries({'586': 'eastern', '156': 'eastern', '840': 'western', '036': 'western', '398': 'sco-founders'}))
      await page.locator(`alignment-map path[data-id="${id}"][data-bloc="${bloc}"]`).waitFor();
    await expect(page.locator('alignment-map h2').first().textContent()).resolves.toBe("From the SCO to an 'Eastern block', in four steps");
    expect(problems).toEqual([]);
    await page.close();
  });
});
