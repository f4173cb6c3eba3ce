import {afterEach, describe, expect, it} from 'vitest';
import {$, blocOf, cleanup, mount, until} from './helpers.js';

afterEach(cleanup);

const CYCLES = 1000;
const gc = () => (window as unknown as {gc: () => void}).gc();
const heap = () => (performance as unknown as {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize;

/**
 * Counts what is added to shared objects and never taken back. Patched by hand, not with vi.spyOn, whose
 * record of every call would itself keep the removed maps alive.
 */
function ledger() {
  let listeners = 0;
  const timers = new Set<number>();
  const undo: (() => void)[] = [];
  for (const target of [window, document] as EventTarget[]) {
    const {addEventListener: add, removeEventListener: remove} = target;
    target.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      listeners++;
      return add.apply(this, args);
    };
    target.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      listeners--;
      return remove.apply(this, args);
    };
    undo.push(() => Object.assign(target, {addEventListener: add, removeEventListener: remove}));
  }
  const {setTimeout: set, clearTimeout: clear} = window;
  window.setTimeout = ((fn: () => void, ms?: number) => {
    const id: number = set(() => (timers.delete(id), fn()), ms);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => (timers.delete(id!), clear(id))) as typeof clearTimeout;
  undo.push(() => Object.assign(window, {setTimeout: set, clearTimeout: clear}));
  return {listeners: () => listeners, timers: () => timers.size, restore: () => undo.forEach((f) => f())};
}

describe('lifecycle', () => {
  it(`adds and removes the element ${CYCLES} times with bounded heap growth and nothing left behind`, async ({annotate}) => {
    const warm = await mount();
    warm.remove();
    gc();
    const before = heap();
    const count = ledger();
    const removed: WeakRef<Element>[] = [];
    for (let i = 0; i < CYCLES; i++) {
      const el = await mount(i % 10 === 0 ? {src: '/faults/slow?ms=2000', selected: '586'} : {selected: i % 2 ? '586' : '356'});
      el.remove();
      cleanup();
      removed.push(new WeakRef(el));
    }
    count.restore();
    // Removed maps can be collected: nothing (a listener, an observer, a timer, a cache) holds on to them. A
    // few may wait a while on a callback the browser has yet to run (an idle callback, the slow story's 2 s),
    // the longer the busier the machine, so this waits for them; a leak would keep them all, for good.
    const reachable = () => (gc(), removed.filter((ref) => ref.deref()).length);
    await until(() => reachable() < CYCLES / 100, 150_000);
    const kept = reachable();
    const grown = (heap() - before) / 1024 / 1024;
    await annotate(`heap grew ${grown.toFixed(2)} MB over ${CYCLES} cycles; ${kept} removed maps still reachable`);
    expect(count.listeners()).toBe(0);
    expect(count.timers()).toBe(0);
    // One live map holds about 1.5 MB; a leak of every removed map would be over a gigabyte.
    expect(grown).toBeLessThan(8);
  });

  it('converges when src, date and selected change in any order', async () => {
    const el = await mount({src: '/faults/slow?ms=300&title=Old'});
    el.selected = '586';
    el.date = '2001-09-11';
    el.src = '/tests/fixtures/mini-story.json';
    el.date = '2017-06-09';
    await until(() => $(el, '[part="header"] h2')?.textContent === 'A small test story');
    await new Promise((r) => setTimeout(r, 400));
    expect($(el, '[part="header"] h2')?.textContent).toBe('A small test story');
    expect(blocOf(el, '356')).toBe('blue');
    expect($(el, '[role="dialog"] h3')?.textContent).toBe('Pakistan');
  });

  it('loads again when moved in the page while loading', async () => {
    const el = await mount({src: '/faults/slow?ms=200&title=Moved'});
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => $(el, '[part="header"] h2')?.textContent === 'Moved');
  });
});
