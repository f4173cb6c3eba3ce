import '../../src/index.js';
import type {AlignmentMap} from '../../src/components/alignment-map.js';

/** Waits until `check` returns a truthy value, polling each frame; fails after `ms` (a hang, not a slow machine). */
export async function until<T>(check: () => T, ms = 60_000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${check.toString()}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Mounts `<alignment-map>` with attributes in a container `width` px wide, and waits for its first render. */
export async function mount(attributes: Record<string, string> = {}, width = 800): Promise<AlignmentMap> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.lang = 'en-GB';
  document.body.append(box);
  const el = document.createElement('alignment-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box.append(el);
  await el.updateComplete;
  return el;
}

/** The open popup, once the story's details (reasons, sources, the quotes' words) are in it. */
export function popup(el: AlignmentMap): Promise<Element> {
  return until(() => $(el, '[role="dialog"][aria-busy="false"]'));
}

/** Shadow-root query shorthand. */
export function $<E extends Element = Element>(el: AlignmentMap, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

export function $$<E extends Element = Element>(el: AlignmentMap, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The bloc a country is drawn in. */
export function blocOf(el: AlignmentMap, id: string): string | null {
  return $(el, `path[data-id="${id}"]`)?.getAttribute('data-bloc') ?? null;
}

/** Moves the timeline to step `index` as a reader would: the range input's value, then an input event. */
export async function slideTo(el: AlignmentMap, index: number): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="range"]')!;
  input.value = String(index);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await el.updateComplete;
}

/** Removes every mounted map, between tests. */
export function cleanup(): void {
  document.body.replaceChildren();
}

/** The colour a country is drawn in: its fill, or the base colour of its pattern when it is hatched or striped. */
export function colourOf(el: AlignmentMap, id: string): string {
  const fill = getComputedStyle($(el, `path[data-id="${id}"]`)!).fill;
  const pattern = /^url\("?#([^")]+)"?\)$/.exec(fill)?.[1];
  return pattern ? getComputedStyle(el.shadowRoot!.getElementById(pattern)!.querySelector('rect')!).fill : fill;
}

/**
 * Waits until the map has nothing left to arrive (no part `aria-busy`, the story's details in) and its drawing
 * has held still for ten frames: for tests that compare the drawing before and after something else happens.
 */
export async function settled(el: AlignmentMap): Promise<void> {
  await until(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'));
  let last = '';
  let still = 0;
  await until(() => {
    const now = $(el, 'svg.map')?.outerHTML ?? '';
    still = now === last ? still + 1 : 0;
    last = now;
    return still >= 10;
  });
}
