import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {startOf} from '../../src/model/dates.js';
import {$, $$, cleanup, mount} from './helpers.js';

afterEach(cleanup);

// Outside presentation mode: the keys a clicker sends step the timeline while focus is in the element, and the
// page keeps its keys everywhere else.
const last = story.events.length - 1;
/** The day step `i` stands for, as the element writes it into `date`. */
const at = (i: number) => startOf(story.events[i]!.date);
const slider = (el: AlignmentMap) => $<HTMLInputElement>(el, 'input[type="range"]')!;
const press = async (el: AlignmentMap, keys: string) => {
  await userEvent.keyboard(keys);
  await el.updateComplete;
};

describe('clicker keys on the slider', () => {
  it('PageDown and Space go forward one event, PageUp and Shift+Space back one', async () => {
    const el = await mount({date: at(5)});
    const dates: string[] = [];
    el.addEventListener('alignment-date-change', (e) => dates.push(e.detail.date));
    slider(el).focus();
    await press(el, '{PageDown}');
    expect(slider(el).value).toBe('6');
    await press(el, '[Space]');
    expect(slider(el).value).toBe('7');
    await press(el, '{PageUp}');
    expect(slider(el).value).toBe('6');
    await press(el, '{Shift>}[Space]{/Shift}');
    expect(slider(el).value).toBe('5');
    expect(dates).toEqual([at(6), at(7), at(6), at(5)]);
    expect(el.shadowRoot!.activeElement).toBe(slider(el));
  });

  it('keeps the range’s own arrow keys, Home and End: one step, or the ends', async () => {
    const el = await mount({date: at(5)});
    slider(el).focus();
    await press(el, '{ArrowRight}');
    expect(slider(el).value).toBe('6');
    await press(el, '{ArrowDown}');
    expect(slider(el).value).toBe('5');
    await press(el, '{End}');
    expect(slider(el).value).toBe(String(last));
    await press(el, '{PageDown}');
    expect(slider(el).value).toBe(String(last));
    await press(el, '{Home}');
    expect(slider(el).value).toBe('0');
    await press(el, '{PageUp}');
    expect(slider(el).value).toBe('0');
  });

  it('steps through every event with PageDown and back with PageUp', async () => {
    const el = await mount({date: at(0)});
    slider(el).focus();
    for (let i = 1; i <= last; i++) {
      await press(el, '{PageDown}');
      expect(el.date).toBe(at(i));
    }
    for (let i = last - 1; i >= 0; i--) {
      await press(el, '{PageUp}');
      expect(el.date).toBe(at(i));
    }
  });
});

describe('clicker keys on the timeline’s buttons', () => {
  it.each([
    ['{PageDown}', 1],
    ['{ArrowRight}', 1],
    ['{ArrowDown}', 1],
    ['{PageUp}', -1],
    ['{ArrowLeft}', -1],
    ['{ArrowUp}', -1],
  ])('%s moves %i event', async (key, delta) => {
    const el = await mount({date: at(5)});
    $$<HTMLButtonElement>(el, '.timeline button')[0]!.focus();
    await press(el, key);
    expect(el.date).toBe(at(5 + delta));
  });

  it('Home and End go to the ends; Space still presses the focused button', async () => {
    const el = await mount({date: at(5)});
    const [previous] = $$<HTMLButtonElement>(el, '.timeline button');
    previous!.focus();
    await press(el, '{End}');
    expect(el.date).toBe(at(last));
    await press(el, '{Home}');
    expect(el.date).toBe(at(0));
    el.date = at(5);
    await el.updateComplete;
    previous!.focus();
    await press(el, '[Space]');
    expect(el.date).toBe(at(4));
  });
});

describe('clicker keys elsewhere', () => {
  it('PageDown and PageUp step while a country has focus; the arrow keys still walk the map', async () => {
    const el = await mount({date: at(5)});
    $<SVGElement>(el, 'path[tabindex="0"]')!.focus();
    await press(el, '{PageDown}');
    expect(el.date).toBe(at(6));
    await press(el, '{PageUp}{PageUp}');
    expect(el.date).toBe(at(4));
    await press(el, '{ArrowRight}');
    expect(el.date).toBe(at(4));
  });

  it('leaves the page’s keys alone when focus is outside the element, or nowhere', async () => {
    const el = await mount({date: at(5)});
    const outside = document.createElement('button');
    outside.textContent = 'A page button';
    document.body.append(outside);
    const seen: boolean[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    outside.focus();
    await press(el, '{PageDown}[Space]{ArrowRight}');
    outside.blur();
    expect(document.activeElement).toBe(document.body);
    await press(el, '{PageDown}{PageUp}[Space]{ArrowRight}{End}');
    expect(el.date).toBe(at(5));
    expect(seen.every((prevented) => !prevented)).toBe(true);
  });

  it('leaves the keys of an open popup alone', async () => {
    const el = await mount({date: at(5), selected: '586'});
    const dialog = $<HTMLElement>(el, '[role="dialog"]')!;
    dialog.querySelector<HTMLElement>('button')!.focus();
    await press(el, '{PageDown}');
    expect(el.date).toBe(at(5));
  });
});
