import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {clickerMove, type KeyPlace, type Move} from '../timeline/keys.js';

type Host = ReactiveControllerHost & HTMLElement & {present: boolean};

/**
 * The keys of a presentation clicker, outside presentation mode: PageDown and PageUp (and, on the timeline,
 * Space and the arrows) step one event while focus is in the element. Keys pressed elsewhere on the page are
 * the page's: a reader scrolling an article with PageDown never moves the map. While presenting, the
 * presentation's own listener takes every key first.
 */
export class ClickerController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly onMove: (move: Move) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this.host.present) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const place = placeOf(target);
    const move = place && clickerMove(e, place, target.matches(':dir(rtl)'));
    if (!move) return;
    e.preventDefault();
    this.onMove(move);
  };
}

/** Where in the element a key was pressed; undefined where the keys belong to something else. */
function placeOf(target: Element): KeyPlace | undefined {
  // A popup scrolls with PageDown, and a text field or a menu has keys of its own.
  if (target.closest('[role="dialog"], .menu, select, textarea, [contenteditable]')) return undefined;
  const timeline = target.closest('.timeline');
  if (target instanceof HTMLInputElement) return timeline && target.type === 'range' ? 'range' : undefined;
  if (timeline && target instanceof HTMLButtonElement) return 'button';
  return 'elsewhere';
}
