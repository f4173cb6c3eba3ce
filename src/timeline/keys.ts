/**
 * What the keys of a presentation clicker mean. Clickers send PageDown and PageUp (some send the arrow keys,
 * Space, B or "."), so the same keys step the timeline one event at a time wherever it makes sense.
 */

/** A step through the story. */
export type Move = 'next' | 'previous' | 'first' | 'last';

/** Where a key was pressed, outside presentation mode: each place keeps the keys it already uses. */
export type KeyPlace = 'range' | 'button' | 'elsewhere';

/** The modifiers that matter: Shift+Space goes back, as in presentation software; others are left to the browser. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The move a key makes in presentation mode, where every clicker key steps, whatever has focus. */
export function presentMove(press: KeyPress, rtl = false): Move | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  if (press.key === ' ') return press.shiftKey ? 'previous' : 'next';
  if (press.key === 'Home') return 'first';
  if (press.key === 'End') return 'last';
  // In a right-to-left frame the timeline runs leftwards, so the horizontal arrows swap.
  const key = rtl ? ({ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft'}[press.key] ?? press.key) : press.key;
  if (FORWARD.has(key)) return 'next';
  if (BACK.has(key)) return 'previous';
  return undefined;
}

/**
 * The move a key makes outside presentation mode, where the element must not take keys that its controls or
 * the page already use. On the range, the arrow keys, Home and End keep their native one-step behaviour
 * (so ↓ goes back, as on every slider), and PageDown, PageUp and Space, which the range gets wrong or
 * ignores, step one event. On the timeline's buttons every clicker key steps, but Space and Enter still
 * press the button. Anywhere else in the element only PageDown and PageUp step: they are what a clicker
 * sends, and no control of the map uses them.
 */
export function clickerMove(press: KeyPress, place: KeyPlace, rtl = false): Move | undefined {
  const move = presentMove(press, rtl);
  if (!move) return undefined;
  if (place === 'range') return ['PageDown', 'PageUp', ' '].includes(press.key) ? move : undefined;
  if (place === 'button') return press.key === ' ' ? undefined : move;
  return ['PageDown', 'PageUp'].includes(press.key) ? move : undefined;
}

/** The step a move leads to from `index` (-1 before the first event), among `count` events. */
export function moveIndex(move: Move, index: number, count: number): number {
  const last = count - 1;
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(last, Math.max(0, index + (move === 'next' ? 1 : -1)));
}
