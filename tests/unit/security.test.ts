import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the source never turns story data into markup or code', () => {
  it.each(files('src'))('%s uses no HTML or code sinks', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\b(innerHTML|outerHTML|insertAdjacentHTML|unsafeHTML|unsafeSVG|document\.write|eval)\b|new Function\(/);
  });
});
