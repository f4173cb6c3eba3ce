import type {Bloc} from '../model/types.js';
import {adoptBlocSheet, blocSheet} from '../views/bloc-colours.js';

/**
 * Keeps the shadow root's per-bloc colour rules (`--alignment-bloc-<id>`) in step with the story shown. It has
 * no lifecycle of its own: the sheet lives as long as the shadow root.
 */
export class BlocColoursController {
  private sheet?: CSSStyleSheet;

  constructor(private readonly host: HTMLElement) {}

  /** Call before each render with the story's blocs; only a new story builds or swaps a sheet. */
  sync(blocs: readonly Bloc[]): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const next = blocSheet(blocs);
    adoptBlocSheet(root, this.sheet, next);
    this.sheet = next;
  }
}
