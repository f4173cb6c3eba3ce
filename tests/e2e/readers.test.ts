import type {Page} from 'playwright';
import {describe, expect, it} from 'vitest';
import story from '../../data/lavrov-pakistan-2021.json';
import {builtDist, watch} from './browser.js';
import {startOf} from '../../src/model/dates.js';

// Readers on a phone and a desk, on the built demo page (dist/index.html): what they see on load, whether the
// buttons stay under their thumb or pointer, and the Gulf on a phone. Screenshots go to tests/e2e/output.
const OUT = 'tests/e2e/output';
const PHONE = {viewport: {width: 360, height: 740}, deviceScaleFactor: 2, hasTouch: true, isMobile: true};
const DESKS = [
  {width: 1280, height: 800},
  {width: 1024, height: 768},
];
const DATES = ['2001-10-11', '2014-11-20', '2021-04-06'];

const built = builtDist(OUT);

type Box = {x: number; y: number; width: number; height: number};

async function open(page: Page, date?: string): Promise<void> {
  await page.goto(`${built.server.url}/`);
  await page.locator('alignment-map path[data-id="586"][data-bloc]').waitFor();
  if (date) await page.locator('alignment-map').evaluate((el, d) => el.setAttribute('date', d), date);
  // The map is framed once measured: its layer has a transform.
  await page.waitForFunction(() => document.querySelector('alignment-map')?.shadowRoot?.querySelector('.zoom')?.getAttribute('transform'));
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(`alignment-map ${selector}`).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

const within = (b: Box, width: number, height: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.5 && b.y + b.height <= height + 0.5;

describe('on a phone (360×740)', () => {
  it('shows the map on load, as wide as the screen, with the timeline’s buttons on screen under it', async () => {
    const page = await built.browser.newPage(PHONE);
    const {problems} = watch(page);
    await open(page);
    const map = await box(page, 'svg.map');
    expect([map.x, map.width]).toEqual([0, 360]);
    expect(within(map, 360, 740)).toBe(true);
    for (const label of ['Previous event', 'Next event']) {
      const button = await box(page, `button[aria-label="${label}"]`);
      expect(within(button, 360, 740)).toBe(true);
      expect(button.y).toBeGreaterThan(map.y + map.height);
    }
    expect(within(await box(page, 'button.play'), 360, 740)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the Next button where it is, to the pixel, tapped from the first step to the last', async () => {
    const page = await built.browser.newPage(PHONE);
    await open(page, startOf(story.events[0]!.date));
    const next = page.locator('alignment-map button[aria-label="Next event"]');
    const first = await next.boundingBox();
    for (let i = 1; i < story.events.length; i++) {
      const at = (await next.boundingBox())!;
      expect(at, `step ${i}`).toEqual(first);
      await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
      await page.locator(`alignment-map .caption .title`).filter({hasText: story.events[i]!.title}).waitFor();
    }
    expect(await next.boundingBox()).toEqual(first);
    expect(await next.isDisabled()).toBe(true);
    await page.close();
  });

  it('zooms to the Gulf, where a tap on Bahrain opens its popup', async () => {
    const page = await built.browser.newPage(PHONE);
    const {problems} = watch(page);
    await open(page);
    await page.locator('alignment-map .region select').selectOption('gulf');
    await page.waitForFunction(() => / scale\(16\)$/.test(document.querySelector('alignment-map')!.shadowRoot!.querySelector('.zoom')!.getAttribute('transform')!));
    await page.screenshot({path: `${OUT}/phone-gulf.png`});
    const dot = await box(page, 'circle.dot[data-id="048"]');
    const map = await box(page, 'svg.map');
    expect(within(dot, 360, map.y + map.height)).toBe(true);
    // The dot is drawn 10 px across; its target is 26.
    const target = await page.evaluate(([x, y]) => {
      const root = document.querySelector('alignment-map')!.shadowRoot!;
      return [[-12, 0], [12, 0], [0, -12], [0, 12]].map(([dx, dy]) => root.elementFromPoint(x! + dx!, y! + dy!)?.getAttribute('data-id'));
    }, [dot.x + dot.width / 2, dot.y + dot.height / 2]);
    expect(target).toEqual(['048', '048', '048', '048']);
    await page.touchscreen.tap(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await expect(page.locator('alignment-map [role="dialog"] h3').textContent()).resolves.toBe('Bahrain');
    await page.screenshot({path: `${OUT}/phone-gulf-bahrain.png`});
    expect(problems).toEqual([]);
    await page.close();
  });

  it(`at ${DATES.join(', ')}: screenshots`, async () => {
    const page = await built.browser.newPage(PHONE);
    await open(page);
    for (const date of DATES) {
      await page.locator('alignment-map').evaluate((el, d) => el.setAttribute('date', d), date);
      await page.locator('alignment-map .caption .when').filter({hasText: /\d{4}/}).waitFor();
      await page.screenshot({path: `${OUT}/phone-${date}.png`});
    }
    await page.close();
  });
});

describe.each(DESKS)('on a desk ($width×$height)', ({width, height}) => {
  it(`shows the map, the timeline and the current event without scrolling, at ${DATES.join(', ')}`, async () => {
    const page = await built.browser.newPage({viewport: {width, height}});
    const {problems} = watch(page);
    await open(page);
    for (const date of DATES) {
      await page.locator('alignment-map').evaluate((el, d) => el.setAttribute('date', d), date);
      const event = story.events.filter((e) => e.date <= date).at(-1)!;
      await page.locator('alignment-map .caption .title').filter({hasText: event.title}).waitFor();
      for (const selector of ['svg.map', '.timeline', '.caption .title', '.caption .when', 'button[aria-label="Next event"]'])
        expect(within(await box(page, selector), width, height), `${date} ${selector}`).toBe(true);
      const map = await box(page, 'svg.map');
      expect((await box(page, '.caption')).x).toBeGreaterThan(map.x + map.width);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await page.screenshot({path: `${OUT}/desk-${width}-${date}.png`});
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the slider and the Next button where they are, clicked from the first step to the last', async () => {
    const page = await built.browser.newPage({viewport: {width, height}});
    await open(page, startOf(story.events[0]!.date));
    const next = page.locator('alignment-map button[aria-label="Next event"]');
    const slider = page.locator('alignment-map input[type="range"]');
    const [firstNext, firstSlider] = [await next.boundingBox(), await slider.boundingBox()];
    for (let i = 1; i < story.events.length; i++) {
      await next.click();
      await page.locator(`alignment-map .caption .title`).filter({hasText: story.events[i]!.title}).waitFor();
      expect(await next.boundingBox(), `step ${i}`).toEqual(firstNext);
      expect(await slider.boundingBox(), `step ${i}`).toEqual(firstSlider);
    }
    // The slider, focused and moved with the keyboard, does not scroll the page either.
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.boundingBox()).toEqual(firstSlider);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });
});
