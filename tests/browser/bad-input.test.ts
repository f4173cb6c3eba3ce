import {afterEach, describe, expect, it, vi} from 'vitest';
import {$, $$, blocOf, cleanup, mount, until} from './helpers.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const quiet = () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
};
const alert = (el: HTMLElement) => until(() => el.shadowRoot!.querySelector('[role="alert"]'));

describe('bad stories', () => {
  it('shows a schema error with its path, logs it, and still draws the map', async () => {
    quiet();
    const el = await mount({src: '/tests/fixtures/invalid/bad-date.json'});
    expect((await alert(el)).textContent).toMatch(/events\[2\]\.date: "2017-13-01" is not a date/);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/events\[2\]\.date/));
    expect($$(el, 'path[data-id]').length).toBeGreaterThan(230);
  });

  it('explains a 404 and offers to retry', async () => {
    quiet();
    const el = await mount({src: '/faults/404'});
    const box = await alert(el);
    expect(box.textContent).toMatch(/could not load \/faults\/404: HTTP 404/);
    expect(box.querySelector('button')?.textContent).toBe('Retry');
  });

  it('explains HTML served instead of JSON', async () => {
    quiet();
    const el = await mount({src: '/faults/html'});
    expect((await alert(el)).textContent).toMatch(/not valid JSON.*it looks like HTML/);
  });

  it('explains a file cut off mid-body', async () => {
    quiet();
    const el = await mount({src: '/faults/truncated'});
    expect((await alert(el)).textContent).toMatch(/not valid JSON/);
  });

  it('explains a connection dropped mid-body, and retries', async () => {
    quiet();
    const el = await mount({src: '/faults/cut'});
    const box = await alert(el);
    expect(box.textContent).toMatch(/could not load \/faults\/cut/);
    el.src = '/tests/fixtures/mini-story.json';
    await until(() => !$(el, '[role="alert"]'));
  });

  it('gives up on a server that never answers, after `timeout` ms, with a Retry button', async () => {
    quiet();
    const el = await mount({src: '/faults/hang', timeout: '300'});
    const box = await alert(el);
    expect(box.textContent).toMatch(/could not load \/faults\/hang: no answer within 0.3 s/);
    expect(box.querySelector('button')?.textContent).toBe('Retry');
  });

  it('keeps the last good story on screen when a reload fails', async () => {
    quiet();
    const el = await mount({src: '/tests/fixtures/mini-story.json'});
    await until(() => blocOf(el, '586') === 'red');
    el.src = '/faults/404';
    const box = await alert(el);
    expect(box.textContent).toMatch(/last good version is still shown/);
    expect(blocOf(el, '586')).toBe('red');
    expect($(el, '[part="header"] h2')?.textContent).toBe('A small test story');
  });

  it('lets the newest src win a race', async () => {
    const el = await mount({src: '/faults/slow?ms=600&title=Old'});
    el.src = '/faults/slow?ms=50&title=New';
    await until(() => $(el, '[part="header"] h2')?.textContent === 'New');
    await new Promise((r) => setTimeout(r, 800));
    expect($(el, '[part="header"] h2')?.textContent).toBe('New');
  });

  it('shows a bad date attribute as a notice, and the opening event instead', async () => {
    quiet();
    const el = await mount({date: '2017-13-01'});
    expect((await alert(el)).textContent).toMatch(/date: "2017-13-01" is not a date/);
    expect(blocOf(el, '586')).toBe('eastern');
  });

  it('shows an unknown selected id as a notice, with no popup', async () => {
    const el = await mount({selected: '999'});
    expect((await alert(el)).textContent).toMatch(/selected: "999" is not a country/);
    expect($(el, '[role="dialog"]')).toBeNull();
  });
});

describe('story text is text', () => {
  it('renders HTML, scripts and javascript: links in a story as inert text', async () => {
    quiet();
    const el = await mount({src: '/tests/fixtures/injection.json', date: '2001-09-11', selected: '586'});
    await until(() => $(el, '[part="header"] h2')?.textContent?.includes('<img'));
    expect($(el, '.caption .summary')?.textContent).toContain('<script>');
    expect($$(el, 'img, script, iframe, b, svg:not(.map, .swatch, .icon, .glyph, .axis)').length).toBe(0);
    expect($$(el, '.caption a').length).toBe(0);
    expect($(el, '.caption .unlinked')?.textContent).toContain('javascript:');
    expect($(el, '[role="dialog"]')?.textContent).toContain('<iframe');
    expect($$(el, 'a[href^="javascript"]').length).toBe(0);
    expect($(el, '.footer .unlinked')?.textContent).toContain('javascript:');
    expect((window as {__pwned?: number}).__pwned).toBeUndefined();
  });

  it('opens source links apart from the page', async () => {
    const el = await mount();
    const links = $$<HTMLAnchorElement>(el, '.caption a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.protocol).toMatch(/^https?:$/);
      expect(a.rel).toBe('noopener noreferrer');
      expect(a.target).toBe('_blank');
    }
  });
});
