// Splits a built folder into what the first view needs and what loads on demand, with each file's bytes, for
// the benchmark's bytes table and the critical-path budget check. Plain Node, no parser: it reads the import
// forms a bundler writes (minified or not), and follows only relative specifiers, since a bundle that pastes
// into a page resolves its chunks relative to its own URL.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {gzipSync} from 'node:zlib';

// `import x from"…"`, `import{a as b}from"…"`, `import*as n from"…"`, `import"…"`, `export{a}from"…"`,
// `export*from"…"`, `export * as n from "…"`. A dot before the keyword is a property (`x.import`), not a statement.
const STATIC =
  /(?<![\w$.])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^{}]*\}\s*)?from\s*)?(["'])([^"'\n]+)\1/g;
// `import("…")` with a literal specifier; a template literal with `${…}` cannot be followed and is skipped.
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*[,)]/g;

/**
 * The relative specifiers a module's code imports: `static` (import and re-export statements, side-effect
 * imports included) and `dynamic` (`import("…")`), each once, in order of appearance.
 * @param {string} code
 * @returns {{static: string[], dynamic: string[]}}
 */
export function importsOf(code) {
  const relativeOnly = (pattern) => [...new Set([...code.matchAll(pattern)].map((m) => m[2]).filter((s) => /^\.\.?\//.test(s) && !s.includes('${')))];
  return {static: relativeOnly(STATIC), dynamic: relativeOnly(DYNAMIC)};
}

/**
 * The files of a built folder by when a page loads them. `critical`: the entry and the closure of its static
 * imports, in the order they are found. `onDemand`: every other file reached through a dynamic `import()`
 * from anywhere (with what those import in turn), then any other `.js` file in the folder, marked
 * `unreached: true`. Sizes are bytes on disk and through zlib at level 9, per file, as the budget test counts.
 * Throws an Error naming the importer when an import points to a file that is not there.
 * @param {string} dir the built folder, such as `dist`
 * @param {string} [entry] the entry file, relative to `dir`
 * @returns {{critical: ChunkSize[], onDemand: ChunkSize[], criticalGzip: number, onDemandGzip: number}}
 */
export function chunkSizes(dir, entry = 'alignment-map.js') {
  const root = resolve(dir);
  const start = resolve(root, entry);
  if (!existsSync(start)) throw new Error(`${entry}: no such entry in ${dir}`);
  const graph = new Map();
  const edges = (file) => {
    if (!graph.has(file)) graph.set(file, resolved(root, file));
    return graph.get(file);
  };
  const critical = closure([start], (file) => edges(file).static);
  const dynamicTargets = [...graph.keys()].flatMap((file) => edges(file).dynamic);
  // An on-demand chunk brings its own static imports, and may load further chunks on demand in turn.
  const later = closure(dynamicTargets, (file) => [...edges(file).static, ...edges(file).dynamic]).filter((f) => !critical.includes(f));
  const reached = new Set([...critical, ...later]);
  const rest = jsFiles(root).filter((file) => !reached.has(file));
  const sized = (file) => size(root, file);
  const onDemand = [...later.map(sized), ...rest.map((file) => ({...sized(file), unreached: true}))];
  const total = (list) => list.reduce((sum, f) => sum + f.gzip, 0);
  const criticalSizes = critical.map(sized);
  return {critical: criticalSizes, onDemand, criticalGzip: total(criticalSizes), onDemandGzip: total(onDemand)};
}

/**
 * @typedef {{file: string, raw: number, gzip: number, unreached?: true}} ChunkSize
 * `file` is relative to the folder, with `/` separators.
 */

/** Every file reachable from `starts` through `next`, each once, breadth first. */
function closure(starts, next) {
  const seen = [];
  const queue = [...starts];
  while (queue.length) {
    const file = queue.shift();
    if (seen.includes(file)) continue;
    seen.push(file);
    queue.push(...next(file));
  }
  return seen;
}

/** A file's imports as absolute paths, checked to exist. */
function resolved(root, file) {
  const {static: fixed, dynamic} = importsOf(readFileSync(file, 'utf8'));
  const target = (specifier) => {
    const path = resolve(dirname(file), specifier.replace(/[?#].*$/, ''));
    if (!existsSync(path)) throw new Error(`${name(root, file)} imports "${specifier}", which is not in the folder`);
    return path;
  };
  return {static: fixed.map(target), dynamic: dynamic.map(target)};
}

function size(root, file) {
  const body = readFileSync(file);
  return {file: name(root, file), raw: body.length, gzip: gzipSync(body, {level: 9}).length};
}

function jsFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? jsFiles(path) : entry.endsWith('.js') ? [path] : [];
    });
}

function name(root, file) {
  return relative(root, file).split(sep).join('/');
}
