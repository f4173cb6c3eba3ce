import {html, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {LensName} from '../lens/types.js';

/** The lenses, in the order the control offers them. */
export const LENS_NAMES: readonly LensName[] = ['blocs', 'memberships', 'votes'];

const WORDS = {blocs: 'lensBlocs', memberships: 'lensMemberships', votes: 'lensVotes'} as const;

/**
 * The toolbar's "Colour by" control: a native select, which every keyboard, screen reader and phone already
 * knows how to use, and which stays one control wide whatever the language's words. Its visible label gives way
 * to an accessible name alone on a narrow map, so that the toolbar keeps to one row.
 */
export function lensPickView(lens: LensName, t: Strings, onPick: (lens: LensName) => void): TemplateResult {
  const change = (e: Event) => onPick((e.target as HTMLSelectElement).value as LensName);
  return html`<label class="lens-pick"><span class="lens-pick-label">${t.colourBy}</span>
    <select part="lens" @change=${change}>
      ${LENS_NAMES.map((name) => html`<option value=${name} ?selected=${name === lens}>${t[WORDS[name]]}</option>`)}
    </select></label>`;
}
