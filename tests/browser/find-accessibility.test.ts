import axe from 'axe-core';
import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

/** Serious and critical violations only: what the quality bar forbids. */
async function serious(root: Element) {
  const result = await axe.run(root, {resultTypes: ['violations']});
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of finding, the table and comparing (axe-core)', () => {
  it('has no serious or critical violations with the search list open', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
    await userEvent.keyboard('s');
    await until(() => $$(el, '[role="option"]').length > 3);
    expect(await serious(el)).toEqual([]);
  });

  it('has no serious or critical violations in table view, with a popup open', async () => {
    const el = await mount();
    await userEvent.click($$<HTMLButtonElement>(el, '.toolbar button').find((b) => b.textContent?.trim() === 'Table')!);
    await until(() => $(el, '.table-view table'));
    el.selected = '586';
    await until(() => $(el, '[role="dialog"]'));
    expect(await serious(el)).toEqual([]);
  });

  it('has no serious or critical violations while comparing two dates, with a legend entry pressed', async () => {
    const el = await mount();
    await userEvent.click($(el, '.more > button')!);
    await userEvent.click($(el, '[data-menu="compare"]')!);
    await until(() => $(el, '.changes'));
    await userEvent.click($(el, '.legend button')!);
    expect(await serious(el)).toEqual([]);
  });
});
