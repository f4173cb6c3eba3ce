import axe from 'axe-core';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import story from '../../data/lavrov-pakistan-2021.json';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import type {Story} from '../../src/model/types.js';
import {dwellMs} from '../../src/timeline/play.js';
import {claimsOf} from '../../src/timeline/state.js';
import {$, cleanup, mount as mountMap, settled, until} from './helpers.js';

const events = (story as unknown as Story).events;
const dwell = (i: number) => dwellMs(events[i]!, claimsOf(story as unknown as Story, events[i]!.id));
const day = (i: number) => events[i]!.date.padEnd(10, '-01').slice(0, 10);

// Play's clock is faked: the tests step its schedule rather than wait on it.
beforeEach(() => vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']}));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A map with the story's details in: play times each event from its caption's words, which arrive with them. */
async function mount(attributes: Record<string, string>): Promise<AlignmentMap> {
  const el = await mountMap(attributes);
  await settled(el);
  return el;
}

const playButton = (el: AlignmentMap) => $<HTMLButtonElement>(el, '.timeline button.play')!;
const caption = (el: AlignmentMap) => $(el, '.caption[aria-live="polite"] .title')?.textContent;

/** Presses play as a reader does, and waits until play has taken the press (its chunk loads on the first one). */
async function press(el: AlignmentMap, playing: boolean): Promise<void> {
  playButton(el).click();
  await until(() => playButton(el).getAttribute('aria-pressed') === String(playing), 20_000);
}

async function advance(el: AlignmentMap, ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  await el.updateComplete;
}

/** A reader who prefers reduced motion; every other media query keeps its real answer and its listeners. */
function reduceMotion(): void {
  const real = window.matchMedia.bind(window);
  vi.stubGlobal('matchMedia', (query: string) =>
    query.includes('prefers-reduced-motion')
      ? ({matches: true, media: query, addEventListener() {}, removeEventListener() {}} as unknown as MediaQueryList)
      : real(query),
  );
}

describe('play', () => {
  it('is off by default and never starts by itself, even for a reader who prefers reduced motion', async () => {
    reduceMotion();
    const el = await mount({date: day(0)});
    await advance(el, 10 * 60_000);
    expect(el.date).toBe(day(0));
    expect(playButton(el).getAttribute('aria-pressed')).toBe('false');
    expect(playButton(el).textContent?.trim()).toBe('Play');
  });

  it('steps event by event, staying on each long enough to read it, and fires alignment-date-change per step', async () => {
    const el = await mount({date: day(0)});
    const dates: string[] = [];
    el.addEventListener('alignment-date-change', (e) => dates.push(e.detail.date));
    await press(el, true);
    expect(el.date).toBe(day(1));
    expect(caption(el)).toBe(events[1]!.title);
    await advance(el, dwell(1) - 1);
    expect(el.date).toBe(day(1));
    await advance(el, 1);
    expect(el.date).toBe(day(2));
    expect(caption(el)).toBe(events[2]!.title);
    await advance(el, dwell(2));
    expect(dates).toEqual([day(1), day(2), day(3)]);
  });

  it('pauses and resumes', async () => {
    const el = await mount({date: day(4)});
    await press(el, true);
    expect(el.date).toBe(day(5));
    await press(el, false);
    await advance(el, 60_000);
    expect(el.date).toBe(day(5));
    await press(el, true);
    expect(el.date).toBe(day(6));
  });

  it('stops at the last event, and starts over from there', async () => {
    const last = events.length - 1;
    const el = await mount({date: day(last - 1)});
    playButton(el).click();
    await until(() => el.date === day(last), 20_000);
    expect(playButton(el).getAttribute('aria-pressed')).toBe('false');
    await advance(el, 60_000);
    expect(el.date).toBe(day(last));
    expect(vi.getTimerCount()).toBe(0);
    await press(el, true);
    expect(el.date).toBe(day(0));
  });

  it('steps without animation for a reader who prefers reduced motion', async () => {
    reduceMotion();
    const el = await mount({date: day(0)});
    await press(el, true);
    await advance(el, dwell(1));
    expect(el.date).toBe(day(2));
  });

  it('pauses when the reader steps by hand', async () => {
    const el = await mount({date: day(0)});
    await press(el, true);
    $<HTMLButtonElement>(el, 'button[aria-label="Next event"]')!.click();
    await el.updateComplete;
    expect(el.date).toBe(day(2));
    expect(playButton(el).getAttribute('aria-pressed')).toBe('false');
    await advance(el, 60_000);
    expect(el.date).toBe(day(2));
  });

  it('has no serious or critical axe violations while playing', async () => {
    vi.useRealTimers();
    const el = await mount({date: day(0)});
    await press(el, true);
    const {violations} = await axe.run(el, {resultTypes: ['violations']});
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await press(el, false);
  });

  it('stops, leaving no timer, when the story changes or the map leaves the page', async () => {
    const el = await mount({date: day(0)});
    await press(el, true);
    expect(vi.getTimerCount()).toBe(1);
    el.src = '/tests/fixtures/mini-story.json';
    await until(() => $(el, '[part="header"] h2')?.textContent === 'A small test story', 20_000);
    expect(playButton(el).getAttribute('aria-pressed')).toBe('false');
    expect(vi.getTimerCount()).toBe(0);

    await press(el, true);
    expect(vi.getTimerCount()).toBe(1);
    el.remove();
    expect(vi.getTimerCount()).toBe(0);
  });
});
