import {afterEach, beforeEach, describe, expect, it, type MockInstance, vi} from 'vitest';
import {page, userEvent} from 'vitest/browser';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {startOf} from '../../src/model/dates.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

// Real full screen takes the keyboard's frame with it when it ends, which would leave later tests typing into
// nothing: every test but the last finds full screen refused, as in an iframe without `allowfullscreen`.
let refuse: MockInstance<Element['requestFullscreen']>;
beforeEach(() => {
  refuse = vi.spyOn(Element.prototype, 'requestFullscreen').mockRejectedValue(new TypeError('Permissions check failed'));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const last = story.events.length - 1;
const at = (i: number) => startOf(story.events[i]!.date);
const progress = (el: AlignmentMap) => $(el, '.progress')?.textContent?.trim();

/** Starts presenting as a reader would, from the toolbar's menu, and waits for the first slide. */
async function present(el: AlignmentMap): Promise<void> {
  await userEvent.click($<HTMLButtonElement>(el, '.more > button')!);
  await userEvent.click($<HTMLButtonElement>(el, '[data-menu="present"]')!);
  await until(() => $(el, '.slide'));
  await el.updateComplete;
}

async function press(el: AlignmentMap, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await el.updateComplete;
}

/** Where focus is put before the keys are pressed: the slide itself stays out of it. */
const focusOn: Record<string, (el: AlignmentMap) => void> = {
  body: () => (document.activeElement as HTMLElement | null)?.blur(),
  // A button that stays enabled at both ends (a disabled one would drop focus); Space must not press it.
  button: (el) => $<HTMLButtonElement>(el, '.notes-toggle')!.focus(),
  slider: (el) => $<HTMLInputElement>(el, 'input[type="range"]')!.focus(),
  map: (el) => $<SVGElement>(el, 'path[tabindex="0"]')!.focus(),
};
const focused = (el: AlignmentMap) => (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement);

describe('presentation mode: every clicker key, whatever has focus', () => {
  const forward = ['{ArrowRight}', '{ArrowDown}', '{PageDown}', '[Space]'];
  const back = ['{ArrowLeft}', '{ArrowUp}', '{PageUp}'];

  /** Presents `el` from one end, puts focus somewhere, and steps to the other end with `keys` in turn. */
  async function stepThrough(el: AlignmentMap, where: string, keys: string[], delta: number): Promise<void> {
    const total = Number(progress(el)?.split(' / ')[1]);
    focusOn[where]!(el);
    const target = focused(el);
    for (let n = 1; n < total; n++) {
      await press(el, keys[(n - 1) % keys.length]!);
      expect(progress(el)).toBe(`${delta === 1 ? n + 1 : total - n} / ${total}`);
    }
    // One more press at the end of the story stays there.
    await press(el, keys[0]!);
    expect(progress(el)).toBe(`${delta === 1 ? total : 1} / ${total}`);
    expect(focused(el)).toBe(target);
    expect(el.present).toBe(true);
    expect($(el, '.notes')).toBeNull();
  }

  // Every key, with focus in each place, through every event of a small story.
  const cases = Object.keys(focusOn).flatMap((where) => [...forward.map((key) => [where, key, 1]), ...back.map((key) => [where, key, -1])]);
  it.each(cases)('focus on the %s: %s steps through every event', async (where, key, delta) => {
    const el = await mount({src: '/tests/fixtures/present-story.json', date: delta === 1 ? '2001-09-11' : '2017-06-09'});
    await until(() => el.shadowRoot!.querySelector('.caption .title'));
    el.present = true;
    await until(() => $(el, '.slide'));
    await stepThrough(el, where as string, [key as string], delta as number);
  });

  // The built-in story, end to end, with every key in turn.
  it.each(Object.keys(focusOn))('focus on the %s: the built-in story, forward then back, with every key', async (where) => {
    const el = await mount({date: at(0)});
    el.present = true;
    await until(() => $(el, '.slide'));
    await stepThrough(el, where, forward, 1);
    expect(el.date).toBe(at(last));
    await stepThrough(el, where, back, -1);
    expect(el.date).toBe(at(0));
  });

  it('Space on the timeline’s Previous button still goes forward, and presses nothing', async () => {
    const el = await mount({date: at(3)});
    el.present = true;
    await until(() => $(el, '.slide'));
    $$<HTMLButtonElement>(el, '.timeline button')[0]!.focus();
    await press(el, '[Space]');
    expect(el.date).toBe(at(4));
  });

  it.each(Object.keys(focusOn))('focus on the %s: Home and End go to the ends', async (where) => {
    const el = await mount({date: at(5)});
    el.present = true;
    await until(() => $(el, '.slide'));
    focusOn[where]!(el);
    await press(el, '{End}');
    expect(progress(el)).toBe(`${last + 1} / ${last + 1}`);
    await press(el, '{Home}');
    expect(progress(el)).toBe(`1 / ${last + 1}`);
  });
});

describe('presentation mode', () => {
  it('starts from the menu at the first event, fills the window and fires date changes for the reader’s steps', async () => {
    const el = await mount();
    const dates: string[] = [];
    el.addEventListener('alignment-date-change', (e) => dates.push(e.detail.date));
    await present(el);
    expect(el.hasAttribute('present')).toBe(true);
    expect(progress(el)).toBe(`1 / ${last + 1}`);
    const box = el.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, innerWidth, innerHeight]);
    expect(getComputedStyle(el).position).toBe('fixed');
    expect(el.shadowRoot!.activeElement?.classList.contains('slide')).toBe(true);
    await press(el, '{PageDown}');
    expect(dates).toEqual([at(0), at(1)]);
  });

  it('reflects `present`, and a page that sets it keeps its date and fires nothing', async () => {
    const el = await mount({date: at(7)});
    let fired = 0;
    el.addEventListener('alignment-date-change', () => fired++);
    el.setAttribute('present', '');
    await until(() => $(el, '.slide'));
    expect(el.present).toBe(true);
    expect(progress(el)).toBe(`8 / ${last + 1}`);
    el.present = false;
    await el.updateComplete;
    expect(el.hasAttribute('present')).toBe(false);
    expect($(el, '.slide')).toBeNull();
    expect(fired).toBe(0);
  });

  it('opens at the first event when the page sets `present` without a date', async () => {
    const el = await mount();
    el.present = true;
    await until(() => $(el, '.slide'));
    expect(progress(el)).toBe(`1 / ${last + 1}`);
    expect($(el, '.slide .title')?.textContent).toBe(story.events[0]!.title);
  });

  it('shows the map at the slide’s date, the caption, the event’s key quote large, and hides the page furniture', async () => {
    const el = await mount({date: '2021-04-06'});
    el.present = true;
    await until(() => $(el, '.slide'));
    expect($(el, 'path[data-id="586"]')?.getAttribute('data-bloc')).toBe('eastern');
    expect($(el, '.slide .title')?.textContent).toBe('Lavrov in Islamabad');
    const event = story.events.find((e) => e.id === 'lavrov-islamabad-2021')!;
    const key = story.quotes.find((q) => q.id === event.keyQuote) ?? story.quotes.find((q) => q.eventId === event.id)!;
    expect(await until(() => $(el, '.key-quote blockquote')?.textContent || undefined)).toBe(key.text);
    for (const part of ['.header', '.toolbar', '.panel', '.footer']) expect(getComputedStyle($(el, part)!).display).toBe('none');
    await press(el, '{Home}');
    expect($(el, '.key-quote')).toBeNull();
  });

  it('B or "." blacks out the screen; the same key or a forward key brings it back without moving', async () => {
    const el = await mount({date: at(3)});
    el.present = true;
    await until(() => $(el, '.slide'));
    await press(el, 'b');
    expect($(el, '.blackout')).not.toBeNull();
    expect(getComputedStyle($(el, '.blackout')!).backgroundColor).toBe('rgb(0, 0, 0)');
    await press(el, 'B');
    expect($(el, '.blackout')).toBeNull();
    await press(el, '.');
    expect($(el, '.blackout')).not.toBeNull();
    await press(el, '{PageDown}');
    expect($(el, '.blackout')).toBeNull();
    expect(el.date).toBe(at(3));
    await press(el, '{PageDown}');
    expect(el.date).toBe(at(4));
  });

  it('Escape leaves, removes its key listener and gives focus back to the slider', async () => {
    const el = await mount({date: at(3)});
    await present(el);
    await press(el, '{Escape}');
    expect(el.present).toBe(false);
    expect(el.hasAttribute('present')).toBe(false);
    expect($(el, '.slide')).toBeNull();
    expect(getComputedStyle(el).position).not.toBe('fixed');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[type="range"]'));
    (document.activeElement as HTMLElement).blur();
    await press(el, '{PageDown}{PageDown}');
    expect(el.date).toBe(at(3));
  });

  it('the Exit and Notes buttons do what Escape and N do, for a mouse or a finger', async () => {
    const el = await mount({src: '/tests/fixtures/present-story.json'});
    await until(() => el.shadowRoot!.querySelector('.caption .title'));
    await present(el);
    await userEvent.click($<HTMLButtonElement>(el, '.notes-toggle')!);
    expect($(el, '.notes')?.textContent).toMatch(/Point at Pakistan/);
    expect($(el, '.notes-toggle')?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click($<HTMLButtonElement>(el, '.exit')!);
    expect(el.present).toBe(false);
  });

  it('Escape closes an open popup first, then leaves', async () => {
    const el = await mount({date: '2021-04-06'});
    el.present = true;
    await until(() => $(el, '.slide'));
    el.selected = '586';
    await el.updateComplete;
    await press(el, '{Escape}');
    expect(el.selected).toBeUndefined();
    expect(el.present).toBe(true);
    await press(el, '{Escape}');
    expect(el.present).toBe(false);
  });

  it('leaves presentation mode when the browser leaves full screen (its own Escape)', async () => {
    const el = await mount();
    let full: Element | null = null;
    vi.spyOn(document, 'fullscreenElement', 'get').mockImplementation(() => full);
    el.present = true;
    await until(() => $(el, '.slide'));
    full = el;
    document.dispatchEvent(new Event('fullscreenchange'));
    await el.updateComplete;
    expect(el.present).toBe(true);
    full = null;
    document.dispatchEvent(new Event('fullscreenchange'));
    await el.updateComplete;
    expect(el.present).toBe(false);
  });

  it('fills the window when full screen is refused', async () => {
    vi.spyOn(document, 'fullscreenEnabled', 'get').mockReturnValue(true);
    const el = await mount({date: at(2)});
    await present(el);
    expect(refuse).toHaveBeenCalled();
    await Promise.resolve();
    expect(el.present).toBe(true);
    const box = el.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, innerWidth, innerHeight]);
    expect(getComputedStyle(el).zIndex).toBe('2147483647');
    await press(el, '{PageDown}');
    expect(progress(el)).toBe(`4 / ${last + 1}`);
  });

  it('does not ask for full screen without a reader’s gesture', async () => {
    vi.spyOn(navigator.userActivation, 'isActive', 'get').mockReturnValue(false);
    const el = await mount();
    el.present = true;
    await until(() => $(el, '.slide'));
    expect(refuse).not.toHaveBeenCalled();
  });

  it('lets keys typed into a text field through', async () => {
    const el = await mount({date: at(3)});
    el.present = true;
    await until(() => $(el, '.slide'));
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await press(el, 'b. {PageDown}');
    expect(field.value).toBe('b. ');
    expect(el.date).toBe(at(3));
    expect($(el, '.blackout')).toBeNull();
  });

  it('stops listening when the element is removed mid-show', async () => {
    const el = await mount({date: at(3)});
    el.present = true;
    await until(() => $(el, '.slide'));
    el.remove();
    await press(el, '{PageDown}b');
    expect(el.date).toBe(at(3));
  });
});

describe('speaker notes, prompts and key quotes', () => {
  const fixture = async (date?: string) => {
    const el = await mount({src: '/tests/fixtures/present-story.json', ...(date ? {date} : {})});
    await until(() => el.shadowRoot!.querySelector('.caption .title'));
    return el;
  };

  it('N toggles the speaker notes, which keep their line breaks', async () => {
    const el = await fixture();
    el.present = true;
    await until(() => $(el, '.slide'));
    expect($(el, '.notes')).toBeNull();
    await press(el, 'n');
    const notes = $<HTMLElement>(el, '.notes p')!;
    expect(notes.textContent).toBe('Point at Pakistan.\nThen at the USA.');
    expect(notes.innerText).toBe('Point at Pakistan.\nThen at the USA.');
    await press(el, '{End}');
    expect($(el, '.notes p')?.textContent).toBe('No speaker notes for this event.');
    await press(el, 'N');
    expect($(el, '.notes')).toBeNull();
  });

  it('shows the prompts after the caption, and the chosen key quote', async () => {
    const el = await fixture('2006-01-01');
    el.present = true;
    await until(() => $(el, '.slide'));
    expect($$(el, '.slide .prompts li').map((li) => li.textContent)).toEqual(['Why red?', 'Who decides the colour?']);
    expect($(el, '.slide .prompts h4')?.textContent).toBe('Discuss');
    expect($(el, '.key-quote blockquote')?.textContent).toBe('We are categorically against new division lines');
    expect($(el, '.key-quote figcaption')?.textContent).toMatch(/A minister/);
  });

  it('shows the prompts under a "Discuss" disclosure in the normal caption', async () => {
    const el = await fixture('2006-01-01');
    const discuss = $<HTMLDetailsElement>(el, '.caption details.discuss')!;
    expect(discuss.open).toBe(false);
    expect(discuss.querySelector('summary')?.textContent).toBe('Discuss');
    await userEvent.click(discuss.querySelector('summary')!);
    expect(discuss.open).toBe(true);
    expect($$(el, '.caption .discuss li').map((li) => li.textContent)).toEqual(['Why red?', 'Who decides the colour?']);
    el.date = '2017-06-09';
    await el.updateComplete;
    expect($(el, '.caption .discuss')).toBeNull();
  });

  it('presents a story without notes, prompts or key quotes normally', async () => {
    const el = await mount({src: '/tests/fixtures/mini-story.json'});
    await until(() => el.shadowRoot!.querySelector('.caption .title'));
    el.present = true;
    await until(() => $(el, '.slide'));
    expect(progress(el)).toBe('1 / 3');
    expect($(el, '.slide .prompts')).toBeNull();
    await press(el, '{PageDown}');
    // Without a keyQuote, the slide shows the first quote spoken at its event.
    expect($(el, '.key-quote blockquote')?.textContent).toBe('We are categorically against new division lines');
    await press(el, 'n');
    expect($(el, '.notes p')?.textContent).toBe('No speaker notes for this event.');
    await press(el, '{PageDown}{PageDown}');
    expect(progress(el)).toBe('3 / 3');
    expect($(el, '.key-quote')).toBeNull();
  });
});

describe('presentation mode on a projector', () => {
  it('sets the caption in at least 24 px at 1920×1080, with text at 7:1 contrast or more', async () => {
    await page.viewport(1920, 1080);
    const el = await mount({date: '2021-04-06'});
    el.present = true;
    await until(() => $(el, '.slide'));
    const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)!).fontSize);
    expect(size('.slide .summary')).toBeGreaterThanOrEqual(24);
    expect(size('.slide .title')).toBeGreaterThan(size('.slide .summary'));
    expect(size('.slide .when')).toBeGreaterThanOrEqual(24);
    expect(size('.key-quote blockquote')).toBeGreaterThan(size('.slide .summary'));
    for (const selector of ['.slide .summary', '.slide .when', '.slide .progress', '.key-quote .note', '.legend .count'])
      expect(contrast(getComputedStyle($(el, selector)!).color, 'rgb(255, 255, 255)'), selector).toBeGreaterThanOrEqual(7);
    const slide = $(el, '.slide')!;
    expect(slide.scrollHeight).toBeLessThanOrEqual(slide.clientHeight);
    await page.viewport(414, 896);
  });
});

/** WCAG contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Last in the file: see the note on `refuse` above.
describe('presentation mode in real full screen', () => {
  it('fills the screen on the reader’s click and leaves it with the presentation', async () => {
    refuse.mockRestore();
    const el = await mount({date: at(3)});
    await present(el);
    await until(() => document.fullscreenElement === el);
    await press(el, '{PageDown}');
    expect(progress(el)).toBe(`5 / ${last + 1}`);
    await press(el, '{Escape}');
    await until(() => document.fullscreenElement === null);
    expect(el.present).toBe(false);
  });
});
