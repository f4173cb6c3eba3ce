// Turns the loads into the Markdown report: medians over loads, the targets met or not, ratios to the
// reference pages, and the element's bytes split into its critical path and what it loads on demand.
import {checkTargets} from './targets.mjs';

export const RATES = [1, 4];
export const QUIET =
  'Timings need a quiet machine: tests, builds or another browser running beside the benchmark slow the pages unevenly. Compare ratios within one run rather than figures across runs or machines.';

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A run is quiet when the 1-minute load average stays at or below this share of the cores (1.5 on 2 cores):
 * the benchmark alone keeps about one core busy, so more than that means something else ran beside it.
 */
export const QUIET_LOAD_PER_CORE = 0.75;

/** Whether the load averages sampled over a run (start, between runs, end) stayed quiet on `cores`. */
export function quietRun(loads, cores) {
  return Math.max(...loads) <= QUIET_LOAD_PER_CORE * cores;
}

const mean = (values) => values.reduce((total, v) => total + v, 0) / values.length;

/** Each figure of one page at one speed: per load first (a step's median and worst), then the median of loads. */
export function summarise(loads) {
  const over = (pick) => median(loads.map(pick));
  const walk = (key, of) => over((load) => of(load.steps.map((step) => step[key])));
  return {
    draw: over((l) => l.draw),
    heap: over((l) => l.heap),
    popupWall: over((l) => l.popup?.wall),
    popupTask: over((l) => l.popup?.task),
    stepWall: walk('wall', median),
    stepWallWorst: walk('wall', (v) => Math.max(...v)),
    stepTask: walk('task', median),
    stepTaskWorst: walk('task', (v) => Math.max(...v)),
    settledWall: walk('settledWall', median),
    settledWallWorst: walk('settledWall', (v) => Math.max(...v)),
    settledTask: walk('settledTask', median),
    settledTaskMean: walk('settledTask', mean),
    settledTaskWorst: walk('settledTask', (v) => Math.max(...v)),
  };
}

const ms = (v) => (v === undefined ? '–' : v.toFixed(1));
const kB = (bytes) => (bytes / 1000).toFixed(1);
const ratio = (a, b) => (a === undefined || !b ? '–' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
const REFERENCES = [['careful-story', 'careful with the story'], ['careful', 'careful'], ['floor', 'floor']];

/**
 * `pages`: [{kind, name, diagnostic?, files: [{file, raw, gzip, network}], rates: {1: summary, 4: summary}}];
 * `machine`: {date, cpu, cores, loads: {start, end, highest}, chromium, node}; `chunks`: `chunkSizes()` of dist/.
 */
export function report({pages, machine, runs, steps, chunks}) {
  const {loads} = machine;
  const quiet = quietRun([loads.start, loads.end, loads.highest], machine.cores);
  const limit = (QUIET_LOAD_PER_CORE * machine.cores).toFixed(1);
  const lines = [
    '# Benchmark: `<alignment-map>` beside four reference D3 pages',
    '',
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores`,
    `- Load average (1 minute): ${loads.start.toFixed(2)} at the start, ${loads.end.toFixed(2)} at the end, ${loads.highest.toFixed(2)} at most between runs: ${quiet ? `quiet (at most ${limit} throughout)` : `**not quiet** (above ${limit}: something else ran beside the benchmark, so read the figures as indicative only)`}`,
    `- Browser: Chromium ${machine.chromium}, headless; Node ${machine.node}`,
    `- Runs: ${runs} cold loads of each page at each CPU speed (a fresh browser context each, cache disabled); every figure is the median over them`,
    '',
    `> ${QUIET}`,
    '',
    'The element draws its own Natural Earth 1:50m geometry (237 features, with dots, pins, legend, timeline and caption); the reference pages draw world-atlas `countries-110m.json` (177 paths), and the careful page with the story adds the legend, the slider\'s spoken value and the caption. `bench/README.md` says how each figure is taken.',
    ...targetLines(pages),
    ...byteLines(pages, chunks),
    ...timeLines(pages, steps),
    ...ratioLines(pages),
    '',
  ];
  return lines.join('\n');
}

function targetLines(pages) {
  const rows = checkTargets(pages, RATES);
  const verdict = (row) => (row.met === undefined ? 'not measured' : row.met ? 'met' : '**not met**');
  const cell = (row) => `${ms(row.element)} / ${ms(row.reference)} ms = ${row.ratio === undefined ? '–' : `${row.ratio.toFixed(2)}×`} (${verdict(row)})`;
  const seen = new Map();
  for (const row of rows) {
    const key = `${row.target.what}\n${row.page.name}`;
    seen.set(key, [...(seen.get(key) ?? []), row]);
  }
  return [
    '',
    '## Targets',
    '',
    'The element\'s median over the reference\'s, in this run, at each CPU speed; a target is met when the ratio is at most its limit (1×, or 1.5× for the floor).',
    '',
    ...table(
      ['target', 'page', ...RATES.map((r) => `CPU ${r}×: element / reference, ratio`)],
      [...seen.values()].map((row) => [`${row[0].target.stretch ? 'stretch: ' : ''}${row[0].target.what}`, row[0].page.name, ...row.map(cell)]),
    ),
  ];
}

function byteLines(pages, chunks) {
  const lines = [
    '',
    '## Bytes downloaded',
    '',
    'raw: the file\'s size; gzip -9: the file through zlib at level 9; network: what crossed the wire, CDP `Network.loadingFinished` `encodedDataLength` (the server\'s gzip stream plus HTTP headers).',
    '',
    ...table(
      ['page', 'file', 'raw kB', 'gzip -9 kB', 'network kB'],
      pages.flatMap((p) => {
        const sum = (key) => p.files.reduce((total, f) => total + f[key], 0);
        return [...p.files.map((f) => [p.name, f.file, kB(f.raw), kB(f.gzip), kB(f.network)]), [p.name, '**total**', `**${kB(sum('raw'))}**`, `**${kB(sum('gzip'))}**`, `**${kB(sum('network'))}**`]];
      }),
    ),
  ];
  if (!chunks) return lines;
  const group = (f, critical) => (critical ? 'critical path' : f.unreached ? 'on demand (nothing imports it)' : 'on demand');
  return [
    ...lines,
    '',
    '### The element\'s files by chunk',
    '',
    '`dist/` as `scripts/chunks.mjs` splits it: the critical path is `alignment-map.js` and every chunk it imports statically, followed through chunks; on demand is every other `.js` file, reached through a dynamic `import()`. gzip -9 per file.',
    '',
    ...table(
      ['group', 'file', 'raw kB', 'gzip -9 kB'],
      [
        ...chunks.critical.map((f) => [group(f, true), f.file, kB(f.raw), kB(f.gzip)]),
        ['**critical path**', `${chunks.critical.length} file(s)`, `**${kB(chunks.critical.reduce((t, f) => t + f.raw, 0))}**`, `**${kB(chunks.criticalGzip)}**`],
        ...chunks.onDemand.map((f) => [group(f, false), f.file, kB(f.raw), kB(f.gzip)]),
        ['**on demand**', `${chunks.onDemand.length} file(s)`, `**${kB(chunks.onDemand.reduce((t, f) => t + f.raw, 0))}**`, `**${kB(chunks.onDemandGzip)}**`],
      ],
    ),
  ];
}

function timeLines(pages, steps) {
  const lines = [
    '',
    '## Times',
    '',
    `draw: navigation start to the map painted. step: the timeline moved to an event until its colours are painted, over ${steps} steps (every event forward, then back): wall time to the second animation frame, and main-thread task time (CDP \`Performance.getMetrics\` \`TaskDuration\`, after minus before); the median and the worst step of each load. settled: the same step until any animations it started have ended and been painted (the element has none since its fill transition was dropped); its mean is the whole walk's cost per step. popup: a click on Pakistan until its dialog is painted. heap: \`JSHeapUsedSize\` after the draw and a forced garbage collection.`,
  ];
  for (const rate of RATES)
    lines.push(
      '',
      `### CPU ${rate === 1 ? 'unthrottled' : `throttled ${rate}×`}`,
      '',
      ...table(
        ['page', 'draw ms', 'step wall ms, median / worst', 'step task ms, median / worst', 'settled wall ms, median / worst', 'settled task ms, median / mean / worst', 'popup wall / task ms', 'heap MB'],
        pages.map(({name, rates: {[rate]: s}}) => [
          name,
          ms(s.draw),
          `${ms(s.stepWall)} / ${ms(s.stepWallWorst)}`,
          `${ms(s.stepTask)} / ${ms(s.stepTaskWorst)}`,
          `${ms(s.settledWall)} / ${ms(s.settledWallWorst)}`,
          `${ms(s.settledTask)} / ${ms(s.settledTaskMean)} / ${ms(s.settledTaskWorst)}`,
          s.popupWall === undefined ? 'n/a' : `${ms(s.popupWall)} / ${ms(s.popupTask)}`,
          (s.heap / 1e6).toFixed(2),
        ]),
      ),
    );
  return lines;
}

function ratioLines(pages) {
  const references = REFERENCES.map(([kind, label]) => [pages.find((p) => p.kind === kind), label]);
  const over = (key, p, r) => references.map(([ref]) => ratio(p.rates[r][key], ref?.rates[r][key]));
  const heads = (figure) => references.map(([, label]) => `${figure} ÷ ${label}`);
  return [
    '',
    '## Ratios',
    '',
    'Medians over loads divided by the careful page with the story\'s, the colours-only careful page\'s and the floor\'s: draw time, the median step\'s task time, and the settled task time per step over the whole walk. The floor\'s step task time is the harness\'s own cost.',
    '',
    ...table(
      ['page', 'CPU', ...heads('draw'), ...heads('step task'), ...heads('settled task, mean')],
      RATES.flatMap((r) => pages.map((p) => [p.name, `${r}×`, ...over('draw', p, r), ...over('stepTask', p, r), ...over('settledTaskMean', p, r)])),
    ),
  ];
}
