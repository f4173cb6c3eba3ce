// Turns the loads into the Markdown report: medians over loads, and ratios to the careful page and the floor.

export const RATES = [1, 4];
export const QUIET =
  'Timings need a quiet machine: tests, builds or another browser running beside the benchmark slow the pages unevenly. Compare ratios within one run rather than figures across runs or machines.';

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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

/**
 * `pages`: [{kind, name, files: [{file, raw, gzip, network}], rates: {1: summary, 4: summary}}];
 * `machine`: {date, cpu, cores, load, chromium, node}.
 */
export function report({pages, machine, runs, steps}) {
  const byKind = (kind) => pages.find((p) => p.kind === kind);
  const careful = byKind('careful');
  const floor = byKind('floor');
  const lines = [
    '# Benchmark: `<alignment-map>` beside three reference D3 pages',
    '',
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.load} at the start`,
    `- Browser: Chromium ${machine.chromium}, headless; Node ${machine.node}`,
    `- Runs: ${runs} cold loads of each page at each CPU speed (a fresh browser context each, cache disabled); every figure is the median over them`,
    '',
    `> ${QUIET}`,
    '',
    'The element draws its own Natural Earth 1:50m geometry (237 features, with dots, pins, legend, timeline and caption); the reference pages draw world-atlas `countries-110m.json` (177 paths) and nothing else. `bench/README.md` says how each figure is taken.',
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
  const ratios = (key, p, r) => [ratio(p.rates[r][key], careful?.rates[r][key]), ratio(p.rates[r][key], floor?.rates[r][key])];
  lines.push(
    '',
    '## Ratios',
    '',
    'Medians over loads divided by the careful page\'s and by the floor\'s: draw time, the median step\'s task time, and the settled task time per step over the whole walk. The floor\'s step task time is the harness\'s own cost.',
    '',
    ...table(
      ['page', 'CPU', 'draw ÷ careful', 'draw ÷ floor', 'step task ÷ careful', 'step task ÷ floor', 'settled task, mean, ÷ careful', 'settled task, mean, ÷ floor'],
      RATES.flatMap((r) => pages.map((p) => [p.name, `${r}×`, ...ratios('draw', p, r), ...ratios('stepTask', p, r), ...ratios('settledTaskMean', p, r)])),
    ),
    '',
  );
  return lines.join('\n');
}
