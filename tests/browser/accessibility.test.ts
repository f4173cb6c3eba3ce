import axe from 'axe-core';
import {afterEach, describe, expect, it} from 'vitest';
import {$, cleanup, mount} from './helpers.js';

afterEach(cleanup);

async function violations(root: Element) {
  const result = await axe.run(root, {resultTypes: ['violations']});
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('has no violations on the opening view', async () => {
    const el = await mount();
    expect(await violations(el)).toEqual([]);
  });
  it('has no violations with a popup open', async () => {
    const el = await mount({selected: '586'});
    expect($(el, '[role="dialog"]')).not.toBeNull();
    expect(await violations(el)).toEqual([]);
  });
  it('names the slider’s value with the event, not a number', async () => {
    const el = await mount({date: '2001-09-11'});
    const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
    expect(input.getAttribute('aria-valuetext')).toBe('11 September 2001: 9/11 attacks on the USA');
    expect(input.getAttribute('aria-label')).toBe('Timeline');
  });
});
