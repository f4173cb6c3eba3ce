import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, $$, cleanup, mount, slideTo, until} from './helpers.js';

afterEach(cleanup);

const toggle = (el: AlignmentMap) => $$<HTMLButtonElement>(el, '.toolbar button').find((b) => b.textContent?.trim() === 'Table')!;
const rows = (el: AlignmentMap) => $$(el, '.table-view tbody tr');
const cells = (el: AlignmentMap, column: number) => rows(el).map((r) => r.children[column]!.textContent!.replace(/\s+/g, ' ').trim());
const rowOf = (el: AlignmentMap, name: string) => rows(el).find((r) => r.querySelector('th')?.textContent?.trim() === name);
const header = (el: AlignmentMap, label: string) => $$(el, '.table-view thead th').find((th) => th.textContent?.includes(label))!;

async function openTable(el: AlignmentMap): Promise<void> {
  await userEvent.click(toggle(el));
  await until(() => $(el, '.table-view table'));
  await el.updateComplete;
}

describe('the table view', () => {
  it('toggles with a pressed button, in place of the map', async () => {
    const el = await mount();
    expect(toggle(el).getAttribute('aria-pressed')).toBe('false');
    expect($(el, 'table')).toBeNull();
    await openTable(el);
    expect(toggle(el).getAttribute('aria-pressed')).toBe('true');
    expect(getComputedStyle($(el, 'svg.map')!).visibility).toBe('hidden');
    await userEvent.click(toggle(el));
    await el.updateComplete;
    expect($(el, 'table')).toBeNull();
    expect(getComputedStyle($(el, 'svg.map')!).visibility).toBe('visible');
  });

  it('is a real table: a caption, column and row headers with scope', async () => {
    const el = await mount({date: '2021-04-06'});
    await openTable(el);
    expect($(el, 'table caption')?.textContent).toMatch(/Every country on 6 April 2021: its group and memberships/);
    expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(rows(el).length).toBeGreaterThan(230);
    expect(rows(el).every((r) => r.querySelector('th[scope="row"]'))).toBe(true);
    expect(rowOf(el, 'Pakistan')?.textContent).toMatch(/Eastern block[\s\S]*SCO member, MNNA designated ally/);
    expect(rowOf(el, 'Türkiye')?.textContent).toMatch(/Undecided/);
  });

  it('sorts by each column with its header button, saying so with aria-sort', async () => {
    const el = await mount({date: '2021-04-06'});
    await openTable(el);
    expect(header(el, 'Country').getAttribute('aria-sort')).toBe('ascending');
    expect(cells(el, 0)[0]).toBe('Afghanistan');
    await userEvent.click(header(el, 'Country').querySelector('button')!);
    await el.updateComplete;
    expect(header(el, 'Country').getAttribute('aria-sort')).toBe('descending');
    expect(cells(el, 0)[0]).toBe('Zimbabwe');

    await userEvent.click(header(el, 'Group').querySelector('button')!);
    await el.updateComplete;
    expect(header(el, 'Group').getAttribute('aria-sort')).toBe('ascending');
    expect(header(el, 'Country').hasAttribute('aria-sort')).toBe(false);
    const groups = cells(el, 1);
    const legend = $$(el, '.legend .entry .name').map((n) => n.textContent);
    expect([...new Set(groups)]).toEqual(legend);
    expect(groups.at(-1)).toBe('Not grouped');
    expect($(el, 'caption')?.textContent).toMatch(/Sorted by Group, ascending/);

    await userEvent.click(header(el, 'Memberships').querySelector('button')!);
    await el.updateComplete;
    expect(header(el, 'Memberships').getAttribute('aria-sort')).toBe('ascending');
    const memberships = cells(el, 2);
    expect(memberships[0]).toMatch(/^Arab League member/);
    expect(memberships.at(-1)).toBe('—none');
  });

  it('follows the slider', async () => {
    const el = await mount({date: '2021-04-06'});
    await openTable(el);
    expect(rowOf(el, 'Pakistan')?.children[1]?.textContent).toMatch(/Eastern block/);
    await slideTo(el, story.events.findIndex((e) => e.id === 'pakistan-opens-bases'));
    expect($(el, 'caption')?.textContent).toMatch(/11 October 2001/);
    expect(rowOf(el, 'Pakistan')?.children[1]?.textContent).toMatch(/Aided US operations/);
    expect(rowOf(el, 'Pakistan')?.children[2]?.querySelector('.visually-hidden')?.textContent).toBe('none');
  });

  it('opens a country’s popup from its name in the row, and returns focus there', async () => {
    const el = await mount();
    const selected: string[] = [];
    el.addEventListener('alignment-country-select', (e) => selected.push(e.detail.id));
    await openTable(el);
    const name = rowOf(el, 'India')!.querySelector('button')!;
    await userEvent.click(name);
    await until(() => $(el, '[role="dialog"] h3')?.textContent === 'India');
    expect(selected).toEqual(['356']);
    await until(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'dialog');
    await userEvent.keyboard('{Escape}');
    await until(() => !$(el, '[role="dialog"]'));
    expect(el.shadowRoot!.activeElement).toBe(name);
  });
});
