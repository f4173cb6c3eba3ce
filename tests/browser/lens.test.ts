import axe from 'axe-core';
import {afterEach, describe, expect, it} from 'vitest';
import {userEvent} from 'vitest/browser';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, $$, blocOf, cleanup, mount, settled, until} from './helpers.js';

afterEach(cleanup);

const path = (el: AlignmentMap, id: string) => $(el, `path[data-id="${id}"]`)!;
const valueOf = (el: AlignmentMap, id: string) => path(el, id).getAttribute('data-value');
const labelOf = (el: AlignmentMap, id: string) => path(el, id).getAttribute('aria-label');
const select = (el: AlignmentMap) => $<HTMLSelectElement>(el, 'select[part="lens"]')!;
const notices = (el: AlignmentMap) => $$(el, '[part~="error"]').map((n) => n.textContent ?? '').join(' ');

/** Mounts a map under a lens and waits until the lens is drawn (its legend in place, nothing busy). */
async function lensed(attributes: Record<string, string>, width = 1000): Promise<AlignmentMap> {
  const el = await mount(attributes, width);
  await until(() => $(el, '.lens-key'));
  await settled(el);
  return el;
}

/** Picks a lens in the "Colour by" control as a reader would. */
async function pick(el: AlignmentMap, lens: string): Promise<void> {
  await userEvent.selectOptions(select(el), lens);
  await el.updateComplete;
}

describe('the "Colour by" lenses', () => {
  it('draws the story’s blocs by default, with data-value on every country and a labelled control', async () => {
    const el = await mount({date: '2017-11-12'});
    expect(el.getAttribute('lens')).toBeNull();
    expect(select(el).value).toBe('blocs');
    expect(select(el).closest('label')?.textContent).toMatch(/Colour by/);
    expect(valueOf(el, '356')?.split(' ')).toContain(blocOf(el, '356'));
    expect($$(el, 'path[data-id]').every((p) => p.hasAttribute('data-value'))).toBe(true);
  });

  it.each(['2005-07-05', '2017-11-12', '2019-06-30'])('memberships on %s: data-bloc kept, data-value the roles held', async (date) => {
    const blocs = await mount({date});
    const before = new Map($$(blocs, 'path[data-id]').map((p) => [p.getAttribute('data-id'), p.getAttribute('data-bloc')]));
    cleanup();
    const el = await lensed({date, lens: 'memberships'});
    for (const p of $$(el, 'path[data-id]')) expect(p.getAttribute('data-bloc')).toBe(before.get(p.getAttribute('data-id')));
    expect(valueOf(el, '156')).toContain('sco:member');
    // Pakistan: a US major non-NATO ally from 2004, an SCO observer from 2005, then a member from 2017.
    expect(valueOf(el, '586')).toMatch(date < '2017' ? /^mnna:\S+ sco:observer$/ : /^sco:member mnna:\S+$/);
  });

  it('shows India in the Quad and the SCO in late 2017, striped, and Türkiye in NATO and the SCO', async () => {
    const el = await lensed({date: '2017-11-12', lens: 'memberships'});
    expect(valueOf(el, '356')?.split(' ').sort()).toEqual(['quad:member', 'sco:member']);
    expect(path(el, '356').getAttribute('fill')).toMatch(/^url\(#/);
    expect(labelOf(el, '356')).toMatch(/^India: .*SCO member.* and .*Quad member|^India: .*Quad member.* and .*SCO member/);
    expect(valueOf(el, '792')?.split(' ')).toEqual(['nato:member', 'sco:dialogue-partner']);
    expect(valueOf(el, '586')).toMatch(/sco:member/);
    expect(valueOf(el, '586')).toMatch(/mnna:/);
    // The legend names each institution and tier, and what stripes mean.
    const key = $(el, '.lens-key')!;
    expect(key.querySelector('[data-value="sco:member"]')?.textContent).toMatch(/SCO member/);
    expect(key.querySelector('[data-value="quad:member"]')).not.toBeNull();
    expect(key.querySelector('[data-key="striped"]')).not.toBeNull();
    expect(key.textContent).toMatch(/Shanghai Cooperation Organisation/);
  });

  it.each([
    ['2005-07-05', 2005, ['23 %', '83 %', '88 %']],
    ['2017-11-12', 2017, ['26 %', '83 %', '90 %']],
    ['2019-06-30', 2019, ['27 %', '82 %', '89 %']],
  ])('votes on %s: a score in data-value and the numbers of %s in the tooltip', async (date, year, shares) => {
    const el = await lensed({date, lens: 'votes'});
    expect(valueOf(el, '356')).toMatch(/^-?[01]\.\d\d$/);
    expect(Number(valueOf(el, '356'))).toBeGreaterThan(0.4);
    expect(Number(valueOf(el, '840'))).toBeLessThan(-0.5);
    const label = labelOf(el, '356')!;
    expect(label).toContain(`UN votes in ${year}`);
    for (const share of shares) expect(label).toContain(share);
    expect(path(el, '356').getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
    // Taiwan casts no UN votes: no colour, and its label says why.
    expect(valueOf(el, '158')).toBe('');
    expect(labelOf(el, '158')).toMatch(/No UN General Assembly votes/);
    const key = $(el, '.lens-key')!;
    expect(key.textContent).toMatch(/Closer to China and Russia/);
    expect(key.textContent).toMatch(/Closer to the USA/);
    expect(key.textContent).toMatch(/Voting together at the UN is not an alliance/);
    expect(key.querySelector('a[href="https://hdl.handle.net/1902.1/12379"]')?.textContent).toMatch(/Erik Voeten/);
  });

  it.each([
    ['ru', 'Членство', 'Голосовать вместе в ООН — не значит быть союзниками.'],
    ['ur', 'رکنیت', 'اقوام متحدہ میں ساتھ ووٹ دینا اتحاد نہیں۔'],
  ])('speaks %s in its legends, tooltips and evidence table', async (lang, memberships, notAlliance) => {
    const el = await lensed({lang, lens: 'memberships', date: '2017-11-12'});
    const english = ['Memberships', 'Stripes show', 'No membership recorded', 'Striped: several'];
    await until(() => $(el, '.lens-key')?.textContent?.includes(memberships));
    for (const words of english) expect($(el, '.lens-key')!.textContent).not.toContain(words);
    el.setAttribute('lens', 'votes');
    await until(() => $(el, '.lens-key')?.textContent?.includes(notAlliance));
    expect(labelOf(el, '356')).not.toMatch(/UN votes in|agreement with/);
  });

  it('holds 2019 after the data ends, and says so', async () => {
    const el = await lensed({date: '2021-04-06', lens: 'votes'});
    expect(labelOf(el, '356')).toContain('UN votes in 2019');
    expect($(el, '.lens-key')!.textContent).toMatch(/No UN vote data after 2019: showing 2019\./);
    expect($(el, '.lens-key .lens-title')!.textContent).toBe('UN General Assembly votes, 2019');
  });

  it('switches with the control, reflecting the choice in the attribute, and back to the blocs', async () => {
    const el = await mount({date: '2017-11-12'}, 1000);
    const blocFill = path(el, '356').getAttribute('fill');
    await pick(el, 'memberships');
    expect(el.getAttribute('lens')).toBe('memberships');
    expect(el.lens).toBe('memberships');
    await until(() => valueOf(el, '356')?.includes('quad:member'));
    await pick(el, 'votes');
    expect(el.getAttribute('lens')).toBe('votes');
    await until(() => /^-?\d\.\d\d$/.test(valueOf(el, '356') ?? ''));
    await pick(el, 'blocs');
    expect(el.getAttribute('lens')).toBe('blocs');
    await until(() => path(el, '356').getAttribute('fill') === blocFill);
    expect(path(el, '356').hasAttribute('data-lens')).toBe(false);
    expect($(el, '.lens-key')).toBeNull();
  });

  it('follows the timeline under a lens', async () => {
    const el = await lensed({date: '2017-06-09', lens: 'memberships'});
    expect(valueOf(el, '356')).toBe('sco:member');
    el.date = '2017-11-12';
    await until(() => valueOf(el, '356')?.includes('quad:member'));
  });

  it('shows a notice and the blocs for an unknown lens', async () => {
    const el = await mount({date: '2017-11-12', lens: 'colours'});
    expect(notices(el)).toMatch(/lens: "colours" is not blocs, memberships or votes; showing the blocs/);
    expect(select(el).value).toBe('blocs');
    expect(path(el, '356').hasAttribute('data-lens')).toBe(false);
    expect($(el, '.lens-key')).toBeNull();
  });

  it('is axe clean under each lens and with the evidence open', async () => {
    for (const lens of ['memberships', 'votes']) {
      const el = await lensed({date: '2019-06-30', lens});
      const result = await axe.run(el, {resultTypes: ['violations']});
      expect(result.violations.map((v) => v.id)).toEqual([]);
      cleanup();
    }
  });
});

describe('claim and evidence', () => {
  it('opens from the More menu with the official’s groups, written from the data', async () => {
    const el = await mount({date: '2021-04-06'}, 1000);
    await userEvent.click($$<HTMLButtonElement>(el, '.more > button')[0]!);
    await userEvent.click($<HTMLButtonElement>(el, '[data-menu="evidence"]')!);
    const table = await until(() => $(el, '.evidence[aria-busy="false"] table'));
    const row = (id: string) => [...(table.querySelector(`tr[data-id="${id}"]`)?.children ?? [])].map((c) => c.textContent?.trim()).join(' | ');
    expect(row('356')).toBe('India | SCO member and Quad member | votes closer to China and Russia than to the USA in 2019 (agreement with China 89 %, Russia 82 % and the USA 27 %)');
    expect(row('792')).toMatch(/^Türkiye \| NATO member and SCO dialogue partner/);
    expect([...table.querySelectorAll('tbody')].map((b) => b.getAttribute('data-bloc'))).toEqual(['eastern', 'western', 'western-allies', 'undecided']);
    expect(el.shadowRoot!.activeElement?.id).toBe('evidence-title');
    expect($(el, '.evidence a[href="https://hdl.handle.net/1902.1/12379"]')).not.toBeNull();
    const result = await axe.run(el, {resultTypes: ['violations']});
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await userEvent.click($<HTMLButtonElement>(el, '.evidence-close')!);
    await el.updateComplete;
    expect($(el, '.evidence')).toBeNull();
  });

  it('opens from the lens legend too, and says so when no group is an opinion', async () => {
    const el = await lensed({src: '/data/nato-sco-1996-2024.json', date: '2005-07-05', lens: 'memberships'});
    await userEvent.click($<HTMLButtonElement>(el, '.lens-evidence')!);
    await until(() => $(el, '.evidence[aria-busy="false"]'));
    expect($(el, '.evidence')!.textContent).toMatch(/No group on this date is marked as someone’s opinion/);
  });
});

describe('the second story, NATO and the SCO', () => {
  it('loads by src and works under every lens, with nothing special about it', async () => {
    const el = await mount({src: '/data/nato-sco-1996-2024.json', date: '2017-06-09'}, 1000);
    await until(() => blocOf(el, '356') === 'sco');
    expect(valueOf(el, '356')).toBe('sco');
    el.lens = 'memberships';
    await until(() => valueOf(el, '356') === 'sco:member');
    expect(valueOf(el, '792')?.split(' ')).toEqual(['nato:member', 'sco:dialogue-partner']);
    expect(blocOf(el, '792')).not.toBe('none');
    el.lens = 'votes';
    await until(() => /^-?\d\.\d\d$/.test(valueOf(el, '356') ?? ''));
    expect(labelOf(el, '356')).toContain('UN votes in 2017');
    const result = await axe.run(el, {resultTypes: ['violations']});
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
