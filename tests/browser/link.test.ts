import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, cleanup, mount, slideTo, until} from './helpers.js';

// The mini fixture: events on 2001-09-11, 2006 and 2017-06-09 (steps 0–2), opening on 2006. Quote q1 concerns
// Russia and Pakistan and is spoken in Islamabad at the 2006 step; q2 concerns Pakistan.
const MINI = '/tests/fixtures/mini-story.json';
const page = location.pathname + location.search;

function setHash(hash: string): void {
  history.replaceState(null, '', page + hash);
}

/** Mounts a map that owns the address, once its link module has loaded and read the hash. */
async function linked(hash: string, attributes: Record<string, string> = {}): Promise<AlignmentMap> {
  setHash(hash);
  const el = await mount({src: MINI, link: 'hash', ...attributes});
  await until(() => $(el, '[data-menu="share"]') && $(el, '.caption'), 30_000);
  await el.updateComplete;
  return el;
}

function notice(el: AlignmentMap): string {
  return $(el, '.notice')?.textContent ?? '';
}

function click(el: AlignmentMap, selector: string): void {
  $(el, selector)!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
}

afterEach(() => {
  cleanup();
  setHash('');
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('deep links (link="hash")', () => {
  it('opens the day and the country a link names', async () => {
    const el = await linked('#date=2017-06-09&country=586');
    await until(() => el.date === '2017-06-09' && el.selected === '586');
    await el.updateComplete;
    expect($(el, '.caption .title')?.textContent).toBe('Third step');
    expect($(el, '[role="dialog"] h3')?.textContent).toBe('Pakistan');
    expect($(el, '.notice')).toBeNull();
  });

  it('opens a quote in its country’s popup, highlighted and scrolled into view', async () => {
    const el = await linked('#date=2017-06-09&country=586&quote=q2');
    const figure = await until(() => $(el, '.quote.highlight'));
    expect(figure.getAttribute('data-quote')).toBe('q2');
    const [box, popup] = [figure.getBoundingClientRect(), $(el, '.popup')!.getBoundingClientRect()];
    expect(box.top).toBeGreaterThanOrEqual(popup.top - 1);
    expect(box.bottom).toBeLessThanOrEqual(popup.bottom + 1);
  });

  it('opens a quote in its pin’s popup when the link names no country', async () => {
    const el = await linked('#date=2017-06-09&quote=q1');
    await until(() => $(el, '.quote.highlight[data-quote="q1"]'));
    expect($(el, '[role="dialog"] h3')?.textContent).toBe('Words spoken in Islamabad');
    expect(el.selected).toBeUndefined();
  });

  it('pushes a history entry for each reader action, replaces it for the page’s own changes, and back and forward restore', async () => {
    const el = await linked('');
    const push = vi.spyOn(history, 'pushState');
    await slideTo(el, 2);
    await until(() => location.hash === '#date=2017-06-09');
    expect(push).toHaveBeenCalledTimes(1);
    click(el, 'path[data-id="586"]');
    await until(() => location.hash === '#date=2017-06-09&country=586');
    expect(push).toHaveBeenCalledTimes(2);
    el.selected = undefined;
    el.date = '2001-09-11';
    await el.updateComplete;
    expect(location.hash).toBe('#date=2001-09-11');
    expect(push).toHaveBeenCalledTimes(2);
    push.mockRestore();
    history.back();
    await until(() => el.date === '2017-06-09' && el.selected === undefined);
    history.back();
    await until(() => el.date === undefined);
    expect($(el, '.caption .title')?.textContent).toBe('Second step');
    history.forward();
    await until(() => el.date === '2017-06-09');
  });

  it('adds one history entry for a slider drag, not one per tick', async () => {
    const el = await linked('');
    const push = vi.spyOn(history, 'pushState');
    const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
    for (const value of ['0', '1', '2']) {
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await el.updateComplete;
    }
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
    expect(location.hash).toBe('#date=2017-06-09');
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
  });

  it('opens the nearest valid view from a bad link, says what it ignored, and injects nothing', async () => {
    const el = await linked('#date=2017-13-01&country=999&quote=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&date=2001-09-11&zoom=3&date=2006-01-01');
    await until(() => el.date === '2001-09-11');
    const text = notice(el);
    expect(text).toContain('Link: \u2068date\u2069 "\u20682017-13-01\u2069" is not valid');
    expect(text).toContain('Link: \u2068country\u2069 "\u2068999\u2069" is not in this story');
    expect(text).toContain('Link: \u2068quote\u2069 "\u2068<img src=x onerror=alert(1)>\u2069" is not in this story');
    expect(text).toContain('Link: "\u2068zoom\u2069" is not something a link can set');
    expect(text).toContain('Link: \u2068date\u2069 was given more than once');
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect($(el, '[role="dialog"]')).toBeNull();
    // The address is rewritten, without a new entry, to the view shown.
    await until(() => location.hash === '#date=2001-09-11');
  });

  it('survives an over-long link', async () => {
    const el = await linked(`#quote=${'x'.repeat(50_000)}&country=586`);
    await until(() => el.selected === '586');
    expect(notice(el)).toContain('Link: \u2068quote\u2069 is too long');
  });

  it('ignores an anchor of the page’s own and leaves it in the address', async () => {
    const el = await linked('#top');
    expect(el.date).toBeUndefined();
    expect($(el, '.notice')).toBeNull();
    expect(location.hash).toBe('#top');
  });

  it('never touches the address without link="hash", and offers no Share', async () => {
    setHash('#date=2017-06-09');
    const el = await mount({src: MINI});
    await until(() => $(el, '.caption'));
    expect(el.date).toBeUndefined();
    await slideTo(el, 0);
    expect(location.hash).toBe('#date=2017-06-09');
    expect($(el, '[data-menu="share"]')).toBeNull();
  });

  it('lets only one map on a page keep its view in the address', async () => {
    const first = await linked('#date=2017-06-09');
    const second = await mount({src: MINI, link: 'hash'});
    await until(() => notice(second).includes('another map on this page'));
    expect(first.date).toBe('2017-06-09');
    expect(second.date).toBeUndefined();
  });
});

describe('Share', () => {
  async function share(el: AlignmentMap): Promise<void> {
    $<HTMLButtonElement>(el, '[aria-controls="more-menu"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-menu="share"]')!.click();
  }

  it('copies the link to this moment and says "Link copied"', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void (copied = text)}});
    const el = await linked('#country=586');
    await until(() => el.selected === '586');
    await share(el);
    await until(() => $(el, '.share-status')?.textContent === 'Link copied');
    expect(copied).toBe(`${location.origin}${page}#date=2006-01-01&country=586`);
    expect($(el, '.share-link')).toBeNull();
  });

  it('shows the link in a selected field when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))}});
    const el = await linked('#date=2017-06-09');
    await share(el);
    const field = await until(() => $<HTMLInputElement>(el, '.share-link'));
    expect(field.value).toBe(`${location.origin}${page}#date=2017-06-09`);
    expect(el.shadowRoot!.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect($(el, '.share-status')?.textContent).toBe('Copy this link:');
  });
});
