import {afterEach, describe, expect, it} from 'vitest';
import mini from '../fixtures/mini-story.json';
import {$, $$, cleanup, mount, slideTo, until} from './helpers.js';

afterEach(cleanup);

/** A story served from a blob: URL, built from the mini fixture with changes. */
function storyUrl(change: (story: typeof mini & Record<string, unknown>) => void): string {
  const story = structuredClone(mini) as typeof mini & Record<string, unknown>;
  change(story);
  return URL.createObjectURL(new Blob([JSON.stringify(story)], {type: 'application/json'}));
}

/** The colour a shape is drawn in: its fill, or the first tile of its pattern when it is hatched or striped. */
function fillOf(el: Element | null): string | null {
  if (!el) return null;
  const fill = getComputedStyle(el).fill;
  const pattern = /^url\("?#([^")]+)"?\)$/.exec(fill)?.[1];
  const tile = pattern && (el.getRootNode() as ShadowRoot).getElementById(pattern)?.querySelector('rect');
  return tile ? getComputedStyle(tile).fill : fill;
}

describe('no-header: the article already says the title and intro', () => {
  it('hides the header, reflects the attribute, and starts the element with its toolbar at its top edge', async () => {
    const el = await mount({'no-header': ''});
    expect(el.noHeader).toBe(true);
    expect($(el, '[part="header"]')).toBeNull();
    const frame = $(el, '.frame')!;
    const toolbar = $(el, '[part="toolbar"]')!;
    expect(toolbar.getBoundingClientRect().top - frame.getBoundingClientRect().top).toBe(0);
    el.noHeader = false;
    await el.updateComplete;
    expect(el.hasAttribute('no-header')).toBe(false);
    expect($(el, '[part="header"] h2')?.textContent).toMatch(/Pakistan and Russia/);
  });
});

describe('fonts: the page’s by default', () => {
  it('takes the family of the page around it, but not its size', async () => {
    const el = await mount();
    el.parentElement!.style.fontFamily = 'Georgia, serif';
    el.parentElement!.style.fontSize = '31px';
    expect(getComputedStyle($(el, '.frame')!).fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle($(el, '.frame')!).fontSize).toBe('15px');
    expect(getComputedStyle($(el, '.caption')!).fontFamily).toBe('Georgia, serif');
  });

  it('takes --alignment-font over the page’s', async () => {
    const el = await mount();
    el.parentElement!.style.fontFamily = 'Georgia, serif';
    el.style.setProperty('--alignment-font', 'monospace');
    expect(getComputedStyle($(el, '.frame')!).fontFamily).toBe('monospace');
  });
});

describe('bloc colours: --alignment-bloc-<id>', () => {
  it('overrides one bloc’s countries, dots and swatches, and leaves the others', async () => {
    const el = await mount();
    const western = fillOf($(el, 'path[data-id="840"]'));
    el.style.setProperty('--alignment-bloc-eastern', '#123456');
    expect(fillOf($(el, 'path[data-id="586"]'))).toBe('rgb(18, 52, 86)');
    expect(fillOf($(el, '.legend [data-bloc="eastern"] .swatch rect'))).toBe('rgb(18, 52, 86)');
    expect(fillOf($(el, 'path[data-id="840"]'))).toBe(western);
    el.selected = '586';
    await el.updateComplete;
    expect(fillOf($(el, '[part="popup"] .swatch rect'))).toBe('rgb(18, 52, 86)');
  });

  it('reaches a small state’s dot', async () => {
    const el = await mount({date: '2021-04-06'});
    const dot = $$(el, 'circle.dot[data-bloc]').find((d) => d.getAttribute('data-bloc') !== 'none')!;
    el.style.setProperty(`--alignment-bloc-${dot.getAttribute('data-bloc')}`, '#654321');
    expect(fillOf(dot)).toBe('rgb(101, 67, 33)');
  });

  it('works for any story’s ids, even ones that need escaping, from a page style sheet', async () => {
    const src = storyUrl((s) => {
      s.blocs[0]!.id = '2006 "red"';
      for (const a of s.alignments) if (a.bloc === 'red') a.bloc = '2006 "red"';
    });
    const el = await mount({src});
    await until(() => $(el, 'path[data-id="586"]')?.getAttribute('data-bloc') === '2006 "red"');
    expect(fillOf($(el, 'path[data-id="586"]'))).toBe('rgb(213, 94, 0)');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('alignment-map { --alignment-bloc-\\32 006\\ \\"red\\": rebeccapurple; }');
    document.adoptedStyleSheets = [sheet];
    try {
      expect(fillOf($(el, 'path[data-id="586"]'))).toBe('rgb(102, 51, 153)');
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('builds its rules once per story: a step changes no style sheet', async () => {
    const el = await mount();
    const sheets = [...el.shadowRoot!.adoptedStyleSheets];
    await slideTo(el, 3);
    const after = el.shadowRoot!.adoptedStyleSheets;
    expect(after.length === sheets.length && after.every((sheet, i) => sheet === sheets[i])).toBe(true);
    const other = await mount();
    expect(other.shadowRoot!.adoptedStyleSheets.at(-1)).toBe(sheets.at(-1));
  });
});

describe('updated and corrections, in the footer', () => {
  it('shows each correction as "Updated <date>: <text>", newest first, and a bare update date', async () => {
    const src = storyUrl((s) => {
      s['updated'] = '2021-04-12';
      s['corrections'] = [
        {date: '2021-04-09', text: 'An earlier version gave the wrong day for the talks.'},
        {date: '2021-04-10', text: '<b>Not markup</b>: the SCO has eight members.'},
      ];
    });
    const el = await mount({src});
    const items = await until(() => {
      const found = $$(el, '[part="footer"] .updates li');
      return found.length ? found : null;
    });
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Updated 12 April 2021',
      'Updated 10 April 2021: <b>Not markup</b>: the SCO has eight members.',
      'Updated 9 April 2021: An earlier version gave the wrong day for the talks.',
    ]);
    expect(items[1]!.querySelector('b')).toBeNull();
    expect(items[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2021-04-10');
  });

  it('shows nothing of the kind for a story without them', async () => {
    const el = await mount();
    expect($(el, '.updates')).toBeNull();
  });
});
