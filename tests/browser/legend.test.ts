import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

const entry = (el: AlignmentMap, bloc: string) => $<HTMLButtonElement>(el, `.legend button[data-bloc="${bloc}"]`)!;
const opacity = (el: AlignmentMap, id: string) => getComputedStyle($(el, `path[data-id="${id}"]`)!).opacity;
const highlighting = (el: AlignmentMap) => $(el, '.stage')!.classList.contains('highlighting');
const description = (el: AlignmentMap, button: Element) => el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)?.textContent;

describe('a legend that teaches', () => {
  it('picks a bloc’s countries out on the map while the pointer is on its entry', async () => {
    const el = await mount({date: '2021-04-06'});
    expect(highlighting(el)).toBe(false);
    await userEvent.hover(entry(el, 'eastern'));
    await until(() => highlighting(el));
    expect(['156', '643', '364', '586'].map((id) => opacity(el, id))).toEqual(['1', '1', '1', '1']);
    expect(['840', '356', '076'].map((id) => opacity(el, id))).toEqual(['0.2', '0.2', '0.2']);
    await userEvent.hover(entry(el, 'western'));
    await until(() => opacity(el, '840') === '1');
    expect(opacity(el, '586')).toBe('0.2');
    await userEvent.unhover(entry(el, 'western'));
    await userEvent.hover($(el, '.caption')!);
    await until(() => !highlighting(el));
    expect(opacity(el, '586')).toBe('1');
  });

  it('does the same for keyboard focus, and tells screen readers which countries', async () => {
    const el = await mount({date: '2021-04-06'});
    const quad = entry(el, 'western');
    quad.focus();
    await until(() => highlighting(el));
    expect(opacity(el, '392')).toBe('1');
    expect(opacity(el, '586')).toBe('0.2');
    expect(description(el, quad)).toMatch(/^Shows its 4 countries on the map: Australia, India, Japan and United States$/);
    expect(quad.getAttribute('aria-pressed')).toBe('false');
    quad.blur();
    await until(() => !highlighting(el));
  });

  it('keeps the countries picked out once pressed, for touch, until pressed again', async () => {
    const el = await mount({date: '2021-04-06'});
    await userEvent.click(entry(el, 'eastern'));
    await userEvent.hover($(el, '.caption')!);
    await el.updateComplete;
    expect(entry(el, 'eastern').getAttribute('aria-pressed')).toBe('true');
    expect(highlighting(el)).toBe(true);
    expect(opacity(el, '586')).toBe('1');
    await userEvent.click(entry(el, 'eastern'));
    await userEvent.hover($(el, '.caption')!);
    await until(() => !highlighting(el));
    expect(entry(el, 'eastern').getAttribute('aria-pressed')).toBe('false');
  });

  it('picks out the ungrouped countries too', async () => {
    const el = await mount({date: '2021-04-06'});
    await userEvent.hover(entry(el, 'none'));
    await until(() => highlighting(el));
    expect(opacity(el, '076')).toBe('1');
    expect(opacity(el, '586')).toBe('0.2');
    expect(description(el, entry(el, 'none'))).toBe('Shows the countries no group holds on this date');
  });

  it('stays one row that scrolls sideways in a narrow frame', async () => {
    const el = await mount({date: '2021-04-06'}, 360);
    const legend = $<HTMLElement>(el, '.legend')!;
    const tops = new Set($$(el, '.legend li').map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    expect(legend.scrollWidth).toBeGreaterThan(legend.clientWidth);
    expect(getComputedStyle(legend).overflowX).toBe('auto');
  });
});
