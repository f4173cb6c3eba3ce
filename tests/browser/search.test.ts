import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

const input = (el: AlignmentMap) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const options = (el: AlignmentMap) => $$(el, '[role="listbox"] [role="option"]').map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const active = (el: AlignmentMap) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined;
};

/** Focuses the search box and types into it, as a reader would, then waits for the list. */
async function typeIn(el: AlignmentMap, text: string): Promise<void> {
  input(el).focus();
  await userEvent.keyboard(text);
  await until(() => options(el).length > 0 || $(el, '[role="status"]')?.textContent);
  await el.updateComplete;
}

describe('finding a country (combobox)', () => {
  it('is a labelled combobox that controls a listbox', async () => {
    const el = await mount();
    const box = input(el);
    expect(box.getAttribute('aria-label')).toBe('Find a country');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(box.getAttribute('aria-controls')).toBe('find-list');
  });

  it('lists countries whose names have a word that starts with what is typed, accents aside', async () => {
    const el = await mount();
    await typeIn(el, 'türk');
    expect(input(el).getAttribute('aria-expanded')).toBe('true');
    expect(options(el)).toEqual(expect.arrayContaining(['Türkiye', 'Turkmenistan']));
    expect(active(el)).toBe('Türkiye');
    expect($(el, '[role="status"]')?.textContent).toMatch(/^\d+ found/);
  });

  it('finds Türkiye by "turk" and by its former name', async () => {
    const el = await mount();
    await typeIn(el, 'turkey');
    expect(options(el)).toEqual(['Türkiye (Turkey)']);
  });

  it('moves with the arrow keys (aria-activedescendant, aria-selected) and opens the popup on Enter', async () => {
    const el = await mount();
    const selected: string[] = [];
    el.addEventListener('alignment-country-select', (e) => selected.push(`${e.detail.id} ${e.detail.name}`));
    await typeIn(el, 'turk');
    expect(active(el)).toBe('Türkiye');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(active(el)).toBe('Turkmenistan');
    expect($(el, '[aria-selected="true"]')?.textContent?.trim()).toBe('Turkmenistan');
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(active(el)).toBe('Türkiye');
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, '[role="dialog"]'));
    expect($(el, '[role="dialog"] h3')?.textContent).toBe('Türkiye');
    expect(el.getAttribute('selected')).toBe('792');
    expect(selected).toEqual(['792 Türkiye']);
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect(input(el).value).toBe('Türkiye');
  });

  it('closes the list on Escape, leaving a popup open; the next Escape closes the popup and focus comes back', async () => {
    const el = await mount({selected: '586'});
    await typeIn(el, 'ind');
    expect(input(el).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect(input(el).hasAttribute('aria-activedescendant')).toBe(false);
    expect(el.getAttribute('selected')).toBe('586');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(active(el)).toBe('India');
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, '[role="dialog"] h3')?.textContent === 'India');
    await until(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'dialog');
    await userEvent.keyboard('{Escape}');
    await until(() => !$(el, '[role="dialog"]'));
    expect(el.shadowRoot!.activeElement).toBe(input(el));
  });

  it('says when nothing matches', async () => {
    const el = await mount();
    await typeIn(el, 'zzq');
    expect(options(el)).toEqual([]);
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect($(el, '[role="status"]')?.textContent).toBe('No country matches');
  });

  it('opens a country chosen with the pointer', async () => {
    const el = await mount();
    await typeIn(el, 'pak');
    await userEvent.click($(el, '[role="option"]')!);
    await until(() => $(el, '[role="dialog"] h3')?.textContent === 'Pakistan');
    expect(el.getAttribute('selected')).toBe('586');
  });

  it('lists every country when the arrow keys open an empty box', async () => {
    const el = await mount();
    input(el).focus();
    await userEvent.keyboard('{ArrowDown}');
    await until(() => options(el).length > 200);
    expect(active(el)).toBe('Afghanistan');
  });
});

describe('typing on the focused map', () => {
  it('a letter on the focused map opens the search with it', async () => {
    const el = await mount();
    $<SVGElement>(el, 'path[tabindex="0"]')!.focus();
    await userEvent.keyboard('p');
    await until(() => options(el).length > 0);
    expect(el.shadowRoot!.activeElement).toBe(input(el));
    expect(input(el).value).toBe('p');
    await userEvent.keyboard('ak');
    await until(() => options(el).length === 1);
    expect(options(el)).toEqual(['Pakistan']);
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, '[role="dialog"] h3')?.textContent === 'Pakistan');
  });

  it('leaves the arrow keys and Enter to the map', async () => {
    const el = await mount();
    const start = $<SVGElement>(el, 'path[tabindex="0"]')!;
    start.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.tagName).toBe('path');
    expect(input(el).value).toBe('');
  });
});
