// One cold load of one page, measured: a fresh browser context, the cache disabled, and the CPU throttled
// before navigation so that the whole load runs at that speed.

const TIMEOUT_MS = 30_000;

/**
 * The in-page half of the harness, run before any of the page's own scripts. It polls nothing: the
 * reference pages mark 'drawn' themselves, and the element's shadow root is watched by a MutationObserver.
 */
function probe() {
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  let drawn;
  const bench = (window.__bench = {drawn: new Promise((done) => (drawn = done))});
  new PerformanceObserver((list) => list.getEntriesByName('drawn').forEach((mark) => drawn(mark.startTime))).observe({type: 'mark', buffered: true});

  const map = () => document.querySelector('alignment-map');
  /** Resolves when `ready()` holds for the element's shadow root, checking after each change to it. */
  const until = (ready) =>
    new Promise((done) => {
      const root = map().shadowRoot;
      if (ready(root)) return done();
      const observer = new MutationObserver(() => ready(root) && (observer.disconnect(), done()));
      observer.observe(root, {childList: true, subtree: true});
    });
  customElements.whenDefined('alignment-map').then(async () => {
    await until((root) => root.querySelectorAll('path[data-bloc]').length > 230);
    await frames();
    performance.mark('drawn');
  });

  let start = 0;
  /**
   * Moves the timeline to event `i` as a reader's drag does, through the page's range input (the element's,
   * or a reference page's own); the floor has none and is called. Resolves to the milliseconds until painted.
   */
  bench.step = async (i) => {
    const input = (map()?.shadowRoot ?? document).querySelector('input[type=range]');
    start = performance.now();
    if (input) {
      input.value = String(i);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    } else window.step(i);
    await frames();
    return performance.now() - start;
  };

  /** Clicks Pakistan; resolves to the milliseconds until its popup is painted. */
  bench.popup = async () => {
    start = performance.now();
    map().shadowRoot.querySelector('path[data-id="586"]').dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await until((root) => root.querySelector('[role="dialog"]'));
    await frames();
    return performance.now() - start;
  };

  /**
   * Waits for running animations (the element's colour transitions) to end and be painted; resolves to
   * the milliseconds since the last step or popup began. Two frames paint colours, but a transition goes on
   * working after them, and would otherwise spill into the next step's figures.
   */
  bench.settle = async () => {
    const running = new Set([...document.getAnimations(), ...(map()?.shadowRoot.getAnimations() ?? [])]);
    await Promise.all([...running].map((animation) => animation.finished.catch(() => {})));
    await frames();
    return performance.now() - start;
  };

  bench.close = () => (map().removeAttribute('selected'), frames());

  /**
   * Waits until what the element fetches after its first view (the story's details, which the popup asks for;
   * chunks it loads when the browser is idle) has arrived and been drawn, so that their parsing and rendering
   * are not counted in the steps that follow. The observer also sees attribute changes: \`aria-busy\` is one.
   */
  bench.quiet = async () => {
    const root = map().shadowRoot;
    await new Promise((done) => {
      const ready = () => !root.querySelector('[aria-busy="true"]');
      if (ready()) return done();
      const observer = new MutationObserver(() => ready() && (observer.disconnect(), done()));
      observer.observe(root, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy']});
    });
    await new Promise((done) => requestIdleCallback(done, {timeout: 5000}));
    await new Promise((done) => setTimeout(done, 1000));
    await frames();
  };
}

/**
 * Loads `page` in `browser` at CPU slowdown `throttle`, then opens the popup (element only) and walks the
 * timeline through `steps`. Throws if the page fails to draw, hangs, or throws an error.
 */
export async function measure(browser, page, {throttle, steps}) {
  const context = await browser.newContext({viewport: {width: 1100, height: 900}});
  const errors = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.addInitScript(probe);
    const cdp = await context.newCDPSession(tab);
    const urls = new Map();
    const network = new Map();
    cdp.on('Network.responseReceived', ({requestId, response}) => urls.set(requestId, response.url));
    cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => network.set(urls.get(requestId), encodedDataLength));
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});

    await tab.goto(page.url, {waitUntil: 'commit'});
    const draw = await within(tab.evaluate(() => window.__bench.drawn), 'draw');
    // Garbage from parsing would otherwise count as heap, and differ from run to run.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metrics(cdp)).JSHeapUsedSize;
    let popup;
    if (page.kind === 'element') {
      popup = await timed(cdp, tab, () => tab.evaluate(() => window.__bench.popup()), 'popup');
      await tab.evaluate(() => window.__bench.close().then(window.__bench.settle));
      await within(tab.evaluate(() => window.__bench.quiet()), 'the details and idle chunks');
    }
    const walk = [];
    for (const i of steps) walk.push({i, ...(await timed(cdp, tab, () => tab.evaluate((n) => window.__bench.step(n), i), `step to ${i}`))});
    if (errors.length) throw new Error('the page threw');
    return {draw, heap, popup, steps: walk, network};
  } catch (error) {
    throw new Error([`${page.name}: ${error.message}`, ...errors].join('\n  '));
  } finally {
    await context.close();
  }
}

async function metrics(cdp) {
  const {metrics: list} = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({name, value}) => [name, value]));
}

/**
 * Wall time as the page measured it and main-thread task time from the renderer's own counter, to the
 * second frame and then to the end of any animation the action started.
 */
async function timed(cdp, tab, act, what) {
  const before = await metrics(cdp);
  const wall = await within(act(), what);
  const painted = await metrics(cdp);
  const settledWall = await within(tab.evaluate(() => window.__bench.settle()), `${what}, animations`);
  const settled = await metrics(cdp);
  const ms = (from, to) => (to.TaskDuration - from.TaskDuration) * 1000;
  return {wall, task: ms(before, painted), settledWall, settledTask: ms(before, settled)};
}

function within(promise, what) {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: not done within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
