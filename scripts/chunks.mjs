// Splits a built folder into what the first view needs and what loads on demand, with each file's bytes, for
// the benchmark's bytes table and the critical-path budget check. Plain Node, no parser: a small tokenizer
// finds the import forms a bundler writes (minified or not), and only relative specifiers are followed, since
// a bundle that pastes into a page resolves its chunks relative to its own URL.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {gzipSync} from 'node:zlib';

/**
 * The relative specifiers a module's code imports: `static` (import and re-export statements, side-effect
 * imports included) and `dynamic` (`import("…")` with a literal specifier), each once, in order of appearance.
 * Text in strings, templates, comments and regular expressions is skipped, so a story that quotes an import
 * is not one.
 * @param {string} code
 * @returns {{static: string[], dynamic: string[]}}
 */
export function importsOf(code) {
  const list = [...tokens(code)];
  const fixed = [];
  const dynamic = [];
  const is = (token, type, value) => token?.type === type && (value === undefined || token.value === value);
  list.forEach((token, k) => {
    if (!is(token, 'name') || !['import', 'export'].includes(token.value) || is(list[k - 1], 'punct', '.')) return;
    const next = list[k + 1];
    if (token.value === 'import' && is(next, 'punct', '(')) {
      if (is(list[k + 2], 'string') && (is(list[k + 3], 'punct', ')') || is(list[k + 3], 'punct', ','))) dynamic.push(list[k + 2].value);
      return;
    }
    if (token.value === 'import' && is(next, 'string')) return fixed.push(next.value);
    // The clause of `import a, {b as c} from`, `import * as n from`, `export {a} from`, `export * as n from`.
    let j = k + 1;
    while (is(list[j], 'name') ? list[j].value !== 'from' : ['{', '}', ',', '*'].some((p) => is(list[j], 'punct', p))) j++;
    if (j > k + 1 && is(list[j], 'name', 'from') && is(list[j + 1], 'string')) fixed.push(list[j + 1].value);
  });
  const relativeOnly = (specifiers) => [...new Set(specifiers.filter((s) => /^\.\.?\//.test(s)))];
  return {static: relativeOnly(fixed), dynamic: relativeOnly(dynamic)};
}

// After these words a `/` starts a regular expression, not a division.
const BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * The tokens of JavaScript code that matter to imports: names, punctuation, and strings (a template without
 * substitutions counts as one; one with them, as `template`). Comments and regular expressions are skipped.
 * Not a parser: where a `/` could be either, it guesses as minifiers' output allows.
 */
function* tokens(code) {
  // For each template substitution open, how many braces are open inside it.
  const substitutions = [];
  let last;
  let i = 0;
  const emit = (token, end) => {
    i = end;
    return (last = token);
  };
  while (i < code.length) {
    const c = code[i];
    if (/\s/.test(c)) i++;
    else if (code.startsWith('//', i)) i = lineEnd(code, i);
    else if (code.startsWith('/*', i)) i = code.includes('*/', i + 2) ? code.indexOf('*/', i + 2) + 2 : code.length;
    else if (c === '"' || c === "'") {
      const end = quoteEnd(code, i);
      yield emit({type: 'string', value: code.slice(i + 1, end - 1)}, end);
    } else if (c === '`' || (c === '}' && substitutions.at(-1) === 0)) {
      if (c === '}') substitutions.pop();
      const {end, closed} = templateEnd(code, i + 1);
      if (!closed) substitutions.push(0);
      const whole = c === '`' && closed;
      yield emit(whole ? {type: 'string', value: code.slice(i + 1, end - 1)} : {type: 'template'}, end);
    } else if (c === '/' && regexAllowed(last)) emit({type: 'regex'}, regexEnd(code, i));
    else if (/[\w$\u0080-\uffff]/.test(c)) {
      const word = /[\w$\u0080-\uffff]+/y;
      word.lastIndex = i;
      const value = word.exec(code)[0];
      yield emit({type: /^\d/.test(value) ? 'number' : 'name', value}, i + value.length);
    } else {
      if (substitutions.length && (c === '{' || c === '}')) substitutions[substitutions.length - 1] += c === '{' ? 1 : -1;
      yield emit({type: 'punct', value: c}, i + 1);
    }
  }
}

function regexAllowed(last) {
  if (!last) return true;
  if (last.type === 'punct') return last.value !== ')' && last.value !== ']';
  return last.type === 'name' && BEFORE_EXPRESSION.has(last.value);
}

function lineEnd(code, i) {
  const end = code.indexOf('\n', i);
  return end < 0 ? code.length : end;
}

/** The index after the quote that closes the string opening at `i`. */
function quoteEnd(code, i) {
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === code[i] || code[j] === '\n') return j + 1;
  }
  return code.length;
}

/** From inside a template: the index after its closing backtick (closed), or after the next `${`. */
function templateEnd(code, j) {
  for (; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === '`') return {end: j + 1, closed: true};
    else if (code[j] === '$' && code[j + 1] === '{') return {end: j + 2, closed: false};
  }
  return {end: code.length, closed: true};
}

/** The index after a regular expression's flags; a `/` inside a character class does not end it. */
function regexEnd(code, i) {
  let inClass = false;
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '\n') return j;
    else if (c === '/' && !inClass) return j + 1 + /^[a-z]*/.exec(code.slice(j + 1, j + 10))[0].length;
  }
  return code.length;
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
