import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '../../../src/cli/main.js';
import {locator, segments} from '../../../src/cli/locate.js';
import {validateText} from '../../../src/cli/validate.js';
import {miniRaw} from '../../helpers/story.js';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (l) => out.push(l), (l) => err.push(l));
  return {code, out, err};
}

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'alignment-')), 'story.json');
  writeFileSync(path, content);
  return path;
}

describe('alignment-map validate', () => {
  it('passes the built-in story with no findings, exit 0', () => {
    const {code, out, err} = run(['validate', 'data/lavrov-pakistan-2021.json']);
    expect(err).toEqual([]);
    expect(out).toEqual(['data/lavrov-pakistan-2021.json: 0 errors, 0 warnings']);
    expect(code).toBe(0);
  });

  it('lists every error and warning with line and column, exit 1', () => {
    const raw = miniRaw();
    raw.events[1]!['date'] = '2017/06/09';
    delete raw.events[0]!['title'];
    raw.events[2]!['sources'] = [];
    (raw['alignments'] as Record<string, unknown>[])[0]!['country'] = '999';
    const path = file(JSON.stringify(raw, null, 2));
    const {code, out, err} = run(['validate', path]);
    const text = JSON.stringify(raw, null, 2).split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    expect(err).toEqual([]);
    expect(out).toEqual([
      `${path}:${lineOf('"id": "first"') - 1}:5: error: events[0].title: required, but missing`,
      `${path}:${lineOf('2017/06/09')}:7: error: events[1].date: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "2017/06/09"`,
      `${path}:${lineOf('"999"')}:7: error: alignments[0].country: "999" is not a country in the map`,
      `${path}:${lineOf('"sources": []')}:7: warning: events[2].sources: the event cites no source`,
      `${path}: 3 errors, 1 warning`,
    ]);
    expect(code).toBe(1);
  });

  it('places JSON syntax errors', () => {
    const report = validateText('{\n  "version": 1,\n  "title": "x",\n}\n', 'bad.json');
    expect(report.lines[0]).toBe('bad.json:4:1: error: not valid JSON: property name expected');
    expect(report.errors).toBeGreaterThan(0);
  });

  it('says how to use it, exit 2, and names an unreadable file', () => {
    expect(run([]).code).toBe(2);
    expect(run(['frobnicate', 'x.json']).err[0]).toMatch(/^Usage: alignment-map validate/);
    const missing = run(['validate', 'no/such/file.json']);
    expect(missing.err[0]).toMatch(/^no\/such\/file.json: cannot read: /);
    expect(missing.code).toBe(1);
  });
});

describe('locator', () => {
  it('segments("events[3].date") walks objects and lists', () => expect(segments('events[3].date')).toEqual(['events', 3, 'date']));
  it('points at the nearest existing ancestor when a field is missing', () => {
    const text = readFileSync('tests/fixtures/mini-story.json', 'utf8');
    const where = locator(text);
    expect(where('events[0].nope').line).toBe(where('events[0]').line);
    expect(where('').line).toBe(1);
  });
});
