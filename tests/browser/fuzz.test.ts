import fc from 'fast-check';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import story from '../../data/lavrov-pakistan-2021.json';
import {isDay, startOf} from '../../src/model/dates.js';
import {validateStory} from '../../src/model/validate.js';
import {alignmentsAt, stepAt} from '../../src/timeline/state.js';
import {mutatedStory, validStory} from '../helpers/arbitraries.js';
import {countries} from '../helpers/story.js';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, $$, cleanup, mount, until} from './helpers.js';

// Each test's name says how many inputs it tries, so that the count shows in the test output.
const STORIES = 150;
const SEQUENCES = 120;

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
});
afterEach(cleanup);

const settled = (el: AlignmentMap) => until(() => $(el, '.frame[aria-busy="false"]'));
const blobOf = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], {type: 'application/json'}));

/** What must hold after any input: a drawn map, and either the story or an alert, never an executed payload. */
function neverBlank(el: AlignmentMap): void {
  expect($$(el, 'svg.map path[data-id]').length).toBeGreaterThan(230);
  expect($(el, '[part="header"] h2') !== null || $(el, '[role="alert"]') !== null).toBe(true);
  expect($$(el, 'img, script, iframe').length).toBe(0);
  expect((window as {__pwned?: unknown}).__pwned).toBeUndefined();
  expect(uncaught).toEqual([]);
}

describe('fuzzing the element (fast-check, real fetches)', () => {
  it(`shows ${STORIES} mutated stories and network faults as a map or a clear error, never blank, never uncaught`, async () => {
    const el = await mount();
    const input = fc.oneof(
      {weight: 6, arbitrary: mutatedStory.map((raw) => ({url: blobOf(raw), raw: raw as unknown}))},
      {weight: 1, arbitrary: fc.constantFrom('/faults/404', '/faults/html', '/faults/truncated', '/faults/slow?ms=30').map((url) => ({url, raw: undefined as unknown}))},
    );
    await fc.assert(
      fc.asyncProperty(input, async ({url, raw}) => {
        el.src = url;
        await el.updateComplete;
        await settled(el);
        neverBlank(el);
        if (raw !== undefined) {
          const result = validateStory(raw, {countries});
          if (result.story) expect($(el, '[part="header"] h2')?.textContent).toBe(result.story.title);
          else expect($(el, '[role="alert"]')?.textContent).toContain(result.errors[0]!.message.slice(0, 40));
        }
      }),
      {numRuns: STORIES},
    );
  });

  it(`renders ${STORIES / 3} generated valid stories with every country in its bloc`, async () => {
    const el = await mount();
    await fc.assert(
      fc.asyncProperty(validStory, async (raw) => {
        const s = validateStory(raw, {countries}).story!;
        el.src = blobOf(raw);
        el.date = startOf(s.events.at(-1)!.date);
        await until(() => $(el, '[part="header"] h2')?.textContent === s.title);
        await settled(el);
        const expected = alignmentsAt(s, el.date);
        for (const id of ['586', '643', '840']) expect($(el, `path[data-id="${id}"]`)?.getAttribute('data-bloc')).toBe(expected.get(id)?.[0]?.bloc ?? 'none');
        neverBlank(el);
      }),
      {numRuns: STORIES / 3},
    );
  });
});

describe('random sequences of reader and page actions', () => {
  const events = story.events;
  const days = events.map((e) => startOf(e.date));
  const action = fc.oneof(
    fc.record({kind: fc.constant('date'), value: fc.oneof(fc.constantFrom(...days), fc.constantFrom('1999-01-01', '2010-06-15', '2030-01-01', '2017-13-01', 'soon', ''))}),
    fc.record({kind: fc.constant('selected'), value: fc.constantFrom('586', '643', '840', '048', '999', '')}),
    fc.record({kind: fc.constant('click'), value: fc.constantFrom('586', '356', '156', '048')}),
    fc.record({kind: fc.constant('key'), value: fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'Enter', 'Escape')}),
    fc.record({kind: fc.constant('slide'), value: fc.nat({max: events.length - 1}).map(String)}),
    fc.record({kind: fc.constant('button'), value: fc.constantFrom('Next event', 'Previous event')}),
  );

  async function perform(el: AlignmentMap, a: {kind: string; value: string}): Promise<void> {
    if (a.kind === 'date') el.date = a.value || undefined;
    else if (a.kind === 'selected') el.selected = a.value || undefined;
    else if (a.kind === 'click') $(el, `[data-id="${a.value}"]`)?.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    else if (a.kind === 'key') {
      const target = el.shadowRoot!.activeElement ?? $(el, 'path[tabindex="0"]');
      target?.dispatchEvent(new KeyboardEvent('keydown', {key: a.value, bubbles: true, composed: true}));
    } else if (a.kind === 'slide') {
      const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
      input.value = a.value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
    } else $<HTMLButtonElement>(el, `button[aria-label="${a.value}"]`)?.click();
    await el.updateComplete;
  }

  it(`${SEQUENCES} random sequences leave the view agreeing with the attributes`, async () => {
    const el = await mount();
    const valid = validateStory(story, {countries}).story!;
    const opening = startOf(valid.events.find((e) => e.id === valid.opening)!.date);
    await fc.assert(
      fc.asyncProperty(fc.array(action, {minLength: 1, maxLength: 12}), async (actions) => {
        el.date = undefined;
        el.selected = undefined;
        await el.updateComplete;
        for (const a of actions) await perform(el, a);
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        const date = el.getAttribute('date');
        expect(date ?? undefined).toBe(el.date || undefined);
        const day = date && isDay(date) ? date : opening;
        const index = stepAt(valid.events, day);
        expect($(el, '.caption .title')?.textContent ?? 'before').toBe(index >= 0 ? valid.events[index]!.title : 'before');
        expect($(el, 'path[data-id="586"]')?.getAttribute('data-bloc')).toBe(alignmentsAt(valid, day).get('586')?.[0]?.bloc ?? 'none');
        const selected = el.getAttribute('selected');
        const name = selected ? $(el, `path[data-id="${selected}"]`)?.getAttribute('aria-label')?.split(':')[0] : undefined;
        expect($(el, '[role="dialog"] h3')?.textContent).toBe(name);
        neverBlank(el);
      }),
      {numRuns: SEQUENCES},
    );
  });
});
