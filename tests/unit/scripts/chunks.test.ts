import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {chunkSizes, importsOf} from '../../../scripts/chunks.mjs';

const FIXTURE = 'tests/fixtures/chunks';
const files = (list: {file: string}[]) => list.map((f) => f.file);

/** A copy of the fixture folder with `change` applied, for the cases that break it. */
function copyWith(change: (dir: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'chunks-')), 'dist');
  cpSync(FIXTURE, dir, {recursive: true});
  change(dir);
  return dir;
}

describe('importsOf(code)', () => {
  it('importsOf(minified) reads import and export statements written without spaces', () => {
    const code = 'import{a as b}from"./chunks/x-1a2b.js";import c,{d}from"./c.js";import*as e from"./e.js";import"./f.js";export*from"./g.js";export{h as i}from\'./h.js\';';
    expect(importsOf(code)).toEqual({static: ['./chunks/x-1a2b.js', './c.js', './e.js', './f.js', './g.js', './h.js'], dynamic: []});
  });

  it('importsOf(readable) reads statements over spaces and lines, and namespace re-exports', () => {
    const code = "import {\n  a,\n  b as c,\n} from './a.js';\nexport * as words from \"../b.js\";\nimport d from './d.js';";
    expect(importsOf(code).static).toEqual(['./a.js', '../b.js', './d.js']);
  });

  it('importsOf(code) reads import("…") with any quotes, and not import.meta or a method named import', () => {
    const code = 'const a=()=>import("./a.js"),b=()=>import ( \'./b.js\' ),c=()=>import(`./c.js`);x.import("./no.js");new URL("./no.js",import.meta.url);';
    expect(importsOf(code)).toEqual({static: [], dynamic: ['./a.js', './b.js', './c.js']});
  });

  it('importsOf(code) skips bare and computed specifiers, and an import quoted inside a string', () => {
    const code = 'import{html}from"lit";const f=(n)=>import(`./lang-${n}.js`);const s="import(\\"./text.js\\")";';
    expect(importsOf(code)).toEqual({static: [], dynamic: []});
  });

  it('importsOf(code) skips imports written in template literals, as a minifier writes strings', () => {
    const code = 'const a=`import("./a.js") and export*from"./b.js"`;import(`./c.js`);';
    expect(importsOf(code)).toEqual({static: [], dynamic: ['./c.js']});
  });

  it('importsOf(code) skips comments, and regular expressions that hold quotes and backticks', () => {
    const code = '/* import "./a.js" */// import("./b.js")\nconst r=/["\'`]|import\\("\\.\\/c\\.js"\\)/g,s=x.split(/[/"]/);import"./d.js";';
    expect(importsOf(code)).toEqual({static: ['./d.js'], dynamic: []});
  });

  it('importsOf(code) finds an import after nested template substitutions and a division', () => {
    const code = 'const t=`a${b+`c${{d:"}"}.d}`}e`,h=(w)/2/k;import{x}from"./x.js";const l=()=>import("./l.js",{with:{}});';
    expect(importsOf(code)).toEqual({static: ['./x.js'], dynamic: ['./l.js']});
  });

  it('importsOf(code) lists a specifier once however often it is imported', () => {
    expect(importsOf('import"./a.js";import{b}from"./a.js";import("./c.js");import("./c.js");')).toEqual({static: ['./a.js'], dynamic: ['./c.js']});
  });
});

describe('chunkSizes(dir, entry)', () => {
  const split = chunkSizes(FIXTURE, 'alignment-map.js');

  it('chunkSizes(dir, entry) puts the entry and the closure of its static imports on the critical path', () => {
    expect(files(split.critical)).toEqual([
      'alignment-map.js',
      'chunks/x-1a2b.js',
      'chunks/style-7c.js',
      'chunks/shared-5e.js',
      'chunks/lens-2f.js',
      'chunks/words-6a.js',
    ]);
  });

  it('chunkSizes(dir, entry) keeps a chunk imported both dynamically and statically on the critical path only', () => {
    expect(files(split.critical)).toContain('chunks/shared-5e.js');
    expect(files(split.onDemand)).not.toContain('chunks/shared-5e.js');
  });

  it('chunkSizes(dir, entry) puts on demand what import() reaches, its static imports, and what it loads in turn', () => {
    expect(split.onDemand.filter((f) => !f.unreached).map((f) => f.file)).toEqual(['chunks/table-3d.js', 'chunks/rows-8b.js', 'chunks/export-9c.js', 'chunks/fonts-4d.js']);
  });

  it('chunkSizes(dir, entry) lists a .js file nothing imports last, as unreached, and no other kind of file', () => {
    expect(split.onDemand.at(-1)).toMatchObject({file: 'chunks/orphan-0a.js', unreached: true});
    expect(split.onDemand.filter((f) => f.unreached)).toHaveLength(1);
    expect([...files(split.critical), ...files(split.onDemand)]).not.toContain('index.html');
  });

  it('chunkSizes(dir, entry) gives each file its bytes and its size at gzip -9, and totals them per group', () => {
    for (const {file, raw, gzip} of [...split.critical, ...split.onDemand]) {
      const body = readFileSync(join(FIXTURE, file));
      expect({file, raw, gzip}).toEqual({file, raw: body.length, gzip: gzipSync(body, {level: 9}).length});
    }
    const sum = (list: {gzip: number}[]) => list.reduce((total, f) => total + f.gzip, 0);
    expect(split.criticalGzip).toBe(sum(split.critical));
    expect(split.onDemandGzip).toBe(sum(split.onDemand));
  });

  it('chunkSizes(dir, entry) moves a chunk to the critical path once the entry imports it statically', () => {
    const dir = copyWith((d) => writeFileSync(join(d, 'alignment-map.js'), `import"./chunks/table-3d.js";${readFileSync(join(d, 'alignment-map.js'), 'utf8')}`));
    const moved = chunkSizes(dir);
    expect(files(moved.critical)).toContain('chunks/rows-8b.js');
    expect(files(moved.onDemand)).toEqual(['chunks/export-9c.js', 'chunks/fonts-4d.js', 'chunks/orphan-0a.js']);
    rmSync(dirname(dir), {recursive: true});
  });

  it('chunkSizes(dir, entry) names the importer when an import points to a missing file', () => {
    const dir = copyWith((d) => rmSync(join(d, 'chunks/fonts-4d.js')));
    expect(() => chunkSizes(dir)).toThrow('chunks/export-9c.js imports "./fonts-4d.js", which is not in the folder');
    rmSync(dirname(dir), {recursive: true});
  });

  it('chunkSizes(dir, entry) says so when the entry is missing', () => {
    expect(() => chunkSizes(FIXTURE, 'nope.js')).toThrow('nope.js: no such entry');
  });
});
