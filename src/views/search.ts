import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';

export interface SearchInputProps {
  strings: Strings;
  open: boolean;
  /** The id of the option the arrow keys are on. */
  active: string | undefined;
  /** The list and its status line, once the search has loaded. */
  list: TemplateResult | typeof nothing;
  onInput: (e: Event) => void;
  onKey: (e: KeyboardEvent) => void;
  /** Focus or a pointer on the box: time to fetch the search. */
  onNear: () => void;
  onLeave: () => void;
}

/**
 * "Find a country": the input of an editable combobox with a list popup, after the ARIA 1.2 pattern. It is
 * drawn with the map; its list and logic arrive in a chunk (views/search-list.ts, components/search-box.ts).
 */
export function searchView(p: SearchInputProps): TemplateResult {
  const onFocusOut = (e: FocusEvent) => (e.currentTarget as Element).contains(e.relatedTarget as Node | null) || p.onLeave();
  return html`<div class="find" @focusout=${onFocusOut}>
    <input part="search" type="text" role="combobox" aria-label=${p.strings.find} placeholder=${p.strings.find} autocomplete="off"
      spellcheck="false" aria-autocomplete="list" aria-expanded=${p.open ? 'true' : 'false'} aria-controls="find-list"
      aria-activedescendant=${p.active ?? nothing} @input=${p.onInput} @keydown=${p.onKey} @focus=${p.onNear} @pointerenter=${p.onNear} />
    ${p.list}
  </div>`;
}
