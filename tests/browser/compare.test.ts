import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {startOf} from '../../src/model/dates.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

const indexOf = (id: string) => story.events.findIndex((e) => e.id === id);
const opacity = (el: AlignmentMap, id: string) => getComputedStyle($(el, `path[data-id="${id}"]`)!).opacity;
const selects = (el: AlignmentMap) => $$<HTMLSelectElement>(el, '.compare select');

async function startComparing(el: AlignmentMap): Promise<void> {
  await userEvent.click($(el, '.more > button')!);
  await userEvent.click($(el, '[data-menu="compare"]')!);
  await until(() => selects(el).length === 2 && $(el, '.changes'));
  await el.updateComplete;
}

describe('compare two dates', () => {
  it('is in the More menu, and puts focus on the first date', async () => {
    const el = await mount();
    await startComparing(el);
    expect(el.shadowRoot!.activeElement).toBe(selects(el)[0]);
    expect(selects(el).map((s) => s.closest('label')?.textContent?.trim().split(/\s/)[0])).toEqual(['From', 'To']);
  });

  it('picks out only the countries that changed between the two dates, and lists what changed', async () => {
    const el = await mount({date: '2021-04-06'});
    const dates: string[] = [];
    el.addEventListener('alignment-date-change', (e) => dates.push(e.detail.date));
    await startComparing(el);
    const [from, to] = selects(el);
    await userEvent.selectOptions(from!, String(indexOf('pakistan-opens-bases')));
    await userEvent.selectOptions(to!, String(indexOf('lavrov-islamabad-2021')));
    await until(() => $(el, '.changes h3')?.textContent?.includes('11 October 2001'));
    await el.updateComplete;
    expect($(el, '.changes h3')?.textContent).toBe('What changed from 11 October 2001 to 6 April 2021');
    const items = $$(el, '.changes li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toContain('Pakistan: Aided US operations in Afghanistan → Eastern block; became SCO member; became MNNA designated ally');
    expect($(el, '.changes [role="status"]')?.textContent).toBe(`${items.length} countries changed`);
    expect($(el, '.stage')!.classList.contains('highlighting')).toBe(true);
    expect(opacity(el, '586')).toBe('1');
    expect(opacity(el, '604')).toBe('0.2');
    expect(el.getAttribute('date')).toBe('2021-04-06');
    expect(dates).toEqual([]);
  });

  it('moves the timeline with the second date, and the second date with the timeline', async () => {
    const el = await mount({date: '2021-04-06'});
    const dates: string[] = [];
    el.addEventListener('alignment-date-change', (e) => dates.push(e.detail.date));
    await startComparing(el);
    await userEvent.selectOptions(selects(el)[1]!, String(indexOf('sco-india-pakistan-members')));
    await until(() => el.getAttribute('date') === '2017-06-09');
    expect(dates).toEqual(['2017-06-09']);
    el.date = '2014-11-20';
    await el.updateComplete;
    expect(selects(el)[1]!.value).toBe(String(indexOf('russia-pakistan-defence-agreement')));
  });

  it('says so when nothing changed', async () => {
    const el = await mount({date: startOf(story.events[0]!.date)});
    await startComparing(el);
    expect($(el, '.changes [role="status"]')?.textContent).toBe('Nothing changed between these dates.');
    expect(opacity(el, '586')).toBe('0.2');
  });

  it('restores the map when the reader is done, and gives focus back to the menu', async () => {
    const el = await mount();
    await startComparing(el);
    expect(opacity(el, '604')).toBe('0.2');
    await userEvent.click($$<HTMLButtonElement>(el, '.compare button').find((b) => b.textContent?.trim() === 'Done')!);
    await until(() => !$(el, '.changes'));
    expect($(el, '.compare')).toBeNull();
    expect($(el, '.stage')!.classList.contains('highlighting')).toBe(false);
    expect(opacity(el, '604')).toBe('1');
    expect(el.shadowRoot!.activeElement).toBe($(el, '.more > button'));
  });

  it('opens a country’s popup from the list', async () => {
    const el = await mount();
    await startComparing(el);
    await userEvent.click($(el, '.changes button[data-country="586"]')!);
    await until(() => $(el, '[role="dialog"] h3')?.textContent === 'Pakistan');
  });
});
