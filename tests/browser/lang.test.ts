import {afterEach, describe, expect, it} from 'vitest';
import {page, userEvent} from 'vitest/browser';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {en} from '../../src/i18n/strings.js';
import {$, $$, cleanup, mount, settled, slideTo, until} from './helpers.js';

afterEach(cleanup);

/** The frame once it speaks `lang`, with the story's details and translations in. */
async function speaking(el: AlignmentMap, lang: string): Promise<HTMLElement> {
  const frame = await until(() => $<HTMLElement>(el, `.frame[lang="${lang}"]`));
  await settled(el);
  return frame;
}

/** Each English interface string as a pattern of a whole text: placeholders match anything. Formats with no words are left out. */
const english = Object.entries(en)
  .filter(([key, value]) => !['lang', 'dir', 'months'].includes(key) && /[A-Za-z]{2}/.test(value.replace(/\{\w+\}/g, '')))
  .map(([key, value]) => ({key, pattern: new RegExp(`^${value.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+')}$`, 's')}));

const ATTRIBUTES = ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt', 'aria-roledescription'];

/**
 * Every text and labelling attribute in the shadow root that reads as an English interface string, as
 * `key: "text"`. Story text left in English is marked `lang="en"` and is not the interface's.
 */
function untranslated(el: AlignmentMap): string[] {
  const found: string[] = [];
  const check = (text: string, where: Element) => {
    const value = text.replace(/[\u2068\u2069]/g, '').trim();
    if (!value || where.closest('style, [lang="en"]:not(.frame)')) return;
    for (const {key, pattern} of english) if (pattern.test(value)) found.push(`${key}: "${value}"`);
  };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) check(node.data, node.parentElement!);
    else if (node instanceof Element) for (const name of ATTRIBUTES) if (node.hasAttribute(name)) check(node.getAttribute(name)!, node);
  }
  return found;
}

describe('the interface in Urdu and Russian', () => {
  it.each(['ur', 'ru'])('lang="%s" leaves no English interface string: caption, legend, timeline, toolbar, menu, popup', async (lang) => {
    const el = await mount({lang, date: '2021-04-07', selected: '586'}, 1100);
    await speaking(el, lang);
    await until(() => $(el, '[role="dialog"][aria-busy="false"]'));
    expect(untranslated(el)).toEqual([]);
    // The English map beside it finds its own strings: the walk does see them.
    const english = await mount({date: '2021-04-07', selected: '586'}, 1100);
    await speaking(english, 'en');
    expect(untranslated(english).length).toBeGreaterThan(20);
  });

  it.each(['ur', 'ru'])('lang="%s" leaves no English string in presentation mode, nor in Share once the link loads', async (lang) => {
    const el = await mount({lang, link: 'hash', date: '2021-04-07'}, 1100);
    await speaking(el, lang);
    await until(() => $(el, '[data-menu="share"]'));
    el.present = true;
    await until(() => $(el, '.slide'));
    await settled(el);
    expect(untranslated(el)).toEqual([]);
    el.present = false;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it.each([
    ['ur', 'پاکستان', 'لاوروف اسلام آباد میں'],
    ['ru', 'Пакистан', 'Лавров в Исламабаде'],
  ])('lang="%s" names countries and shows the built-in story’s translated event titles', async (lang, pakistan, title) => {
    const el = await mount({lang, date: '2021-04-07', selected: '586'}, 1100);
    await speaking(el, lang);
    expect($(el, '#popup-heading')?.textContent).toBe(pakistan);
    expect($(el, 'path[data-id="586"]')?.getAttribute('aria-label')).toMatch(new RegExp(`^${pakistan}: `));
    expect($(el, '.caption .title')?.textContent?.trim()).toBe(title);
    expect($(el, '.caption .title [lang="en"]')).toBeNull();
  });

  it('keeps quotes in the article’s English, marked as such, with the translation beneath and labelled', async () => {
    const el = await mount({lang: 'ur', date: '2021-04-07', selected: '586'}, 1100);
    await speaking(el, 'ur');
    const dialog = await until(() => $(el, '[role="dialog"][aria-busy="false"]'));
    const quote = dialog.querySelector('[data-quote="official-eastern-western-block"]')!;
    expect(quote.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(quote.querySelector('blockquote')?.textContent).toContain('The Eastern Block will include China');
    const translation = quote.querySelector('.translation');
    expect(translation?.querySelector('.label')?.textContent).toBe('ترجمہ:');
  });

  it('falls back to English with a notice for a language it does not speak, and silently for a page’s', async () => {
    const el = await mount({lang: 'de'});
    await speaking(el, 'en');
    expect(el.shadowRoot!.textContent).toContain('lang: "de" is not a language this map speaks');
    cleanup();
    const inherited = await mount();
    inherited.parentElement!.lang = 'de';
    inherited.requestUpdate();
    await speaking(inherited, 'en');
    expect(inherited.shadowRoot!.textContent).not.toContain('lang:');
  });

  it('follows the page’s lang when it has none of its own, and two maps on one page speak two languages', async () => {
    const urdu = await mount();
    urdu.parentElement!.lang = 'ur-PK';
    urdu.requestUpdate();
    const russian = await mount({lang: 'ru'});
    await speaking(urdu, 'ur');
    await speaking(russian, 'ru');
    expect($(urdu, 'button[aria-label="اگلا واقعہ"]')).not.toBeNull();
    expect($(russian, 'button[aria-label="Следующее событие"]')).not.toBeNull();
    // And back: the story's English returns whole.
    russian.lang = 'en';
    await speaking(russian, 'en');
    expect($(russian, '.caption .title')?.textContent?.trim()).toBe('Lavrov in Islamabad');
  });
});

describe('right to left in Urdu', () => {
  it('mirrors the frame: the panel and legend sit left of the map from 900 px, the map itself does not mirror', async () => {
    const [ltr, rtl] = [await mount({}, 1100), await mount({lang: 'ur'}, 1100)];
    const frame = await speaking(rtl, 'ur');
    await speaking(ltr, 'en');
    expect(getComputedStyle(frame).direction).toBe('rtl');
    const box = (el: AlignmentMap, selector: string) => $(el, selector)!.getBoundingClientRect();
    expect(box(ltr, '.panel').left).toBeGreaterThanOrEqual(box(ltr, '.stage').right - 1);
    expect(box(rtl, '.panel').right).toBeLessThanOrEqual(box(rtl, '.stage').left + 1);
    expect(box(rtl, '.key').right).toBeLessThanOrEqual(box(rtl, '.stage').left + 1);
    // Pakistan is east of Iran on both maps.
    expect(box(rtl, 'path[data-id="586"]').left).toBeGreaterThan(box(rtl, 'path[data-id="364"]').left);
  });

  it('runs the timeline right to left: the first event at the right, Previous on the right of Next', async () => {
    const el = await mount({lang: 'ur', date: '2021-04-07'}, 1100);
    await speaking(el, 'ur');
    const [previous, next] = $$<HTMLButtonElement>(el, '.buttons .step');
    expect(previous!.getBoundingClientRect().left).toBeGreaterThan(next!.getBoundingClientRect().left);
    const marks = $$(el, '.marks .slot');
    expect(marks[0]!.getBoundingClientRect().left).toBeGreaterThan(marks.at(-1)!.getBoundingClientRect().left);
    const ticks = $$(el, '.axis line, .axis path').filter((n) => n.getBoundingClientRect().width >= 0);
    expect(ticks.length).toBeGreaterThan(0);
    const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
    expect(getComputedStyle(input).direction).toBe('rtl');
  });

  it('mirrors the keys: on the timeline’s buttons ArrowLeft goes forward in time and ArrowRight back', async () => {
    const el = await mount({lang: 'ur', date: '2017-06-09'}, 1100);
    await speaking(el, 'ur');
    const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
    const start = Number(input.value);
    $<HTMLButtonElement>(el, '.buttons .play')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => Number(input.value) === start + 1);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await until(() => Number(input.value) === start - 1);
    // The range itself: ArrowRight moves its thumb right, which in Urdu is back in time, as the platform does.
    input.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => Number(input.value) === start - 2);
  });
});

describe('screenshots in three languages', () => {
  it.each([
    [1280, 800],
    [360, 740],
  ])('at %i×%i: en, ur and ru, nothing overflowing the frame (written to tests/browser/__screenshots__)', async (width, height) => {
    await page.viewport(width, height);
    for (const lang of ['en', 'ur', 'ru']) {
      cleanup();
      document.body.style.margin = '0';
      const el = await mount({lang, date: '2021-04-07'}, width);
      const frame = await speaking(el, lang);
      await slideTo(el, Number($<HTMLInputElement>(el, 'input[type="range"]')!.value));
      const wide = $$(el, '.frame *').filter((n) => !(n instanceof SVGElement && !(n instanceof SVGSVGElement)) && n.getBoundingClientRect().right > frame.getBoundingClientRect().right + 1 && !n.closest(`${width < 900 ? '.legend, ' : ''}.stage, .visually-hidden, [hidden]`));
      expect(wide.map((n) => `${n.tagName}.${n.getAttribute('class')}`), lang).toEqual([]);
      await page.screenshot({path: `__screenshots__/lang-${lang}-${width}x${height}.png`, element: el});
    }
    await page.viewport(414, 896);
  });
});

describe('finding a country in Urdu and Russian', () => {
  it.each([
    ['ru', 'Паки', 'Пакистан'],
    ['ur', 'پاکس', 'پاکستان'],
    ['ru', 'Pakis', 'Пакистан'],
  ])('lang="%s": typing "%s" finds %s, by its name in that language or in English', async (lang, query, name) => {
    const el = await mount({lang}, 1100);
    await speaking(el, lang);
    const input = await until(() => $<HTMLInputElement>(el, '.find input'));
    input.focus();
    await userEvent.type(input, query);
    const option = await until(() => $(el, '#find-list [role="option"]'));
    expect(option.textContent).toContain(name);
  });
});
