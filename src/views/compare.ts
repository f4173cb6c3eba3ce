import {html, type TemplateResult} from 'lit';
import {formatCount, formatDate, formatRange} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import {dayOf} from '../timeline/state.js';

export {compareStyles} from './compare.styles.js';

export interface CompareFormProps {
  story: Story;
  from: number;
  to: number;
  strings: Strings;
  onFrom: (index: number) => void;
  onTo: (index: number) => void;
  onDone: () => void;
}

/** The two dates, as selects of the story's steps, and the button that ends the comparison. */
export function compareForm(p: CompareFormProps): TemplateResult {
  const t = p.strings;
  const select = (label: string, value: number, onPick: (index: number) => void) => html`<label>
    <span>${label}</span>
    <select @change=${(e: Event) => onPick(Number((e.target as HTMLSelectElement).value))}>
      ${p.story.events.map((e, i) => html`<option value=${i} ?selected=${i === value}>${formatRange(e.date, e.end, t)}: ${e.title}</option>`)}
    </select>
  </label>`;
  return html`<fieldset class="compare" part="compare">
    <legend class="visually-hidden">${t.compare}</legend>
    ${select(t.compareFrom, p.from, p.onFrom)} ${select(t.compareTo, p.to, p.onTo)}
    <button part="button" @click=${p.onDone}>${t.compareDone}</button>
  </fieldset>`;
}

/** What changed between two steps, as the map and the list show it. */
export interface Changes {
  /** "Pakistan" and what changed for it, by name. */
  items: {id: string; name: string; text: string}[];
  /** The countries to pick out on the map: those that changed, and their territories. */
  ids: string[];
}

export interface ChangesProps {
  story: Story;
  from: number;
  to: number;
  changes: Changes;
  strings: Strings;
  onOpen: (id: string) => void;
}

/** The list beside the map: what changed for each country; a name opens its popup. */
export function changesView(p: ChangesProps): TemplateResult {
  const t = p.strings;
  const day = (i: number) => {
    const e = p.story.events[i];
    return e ? formatDate(dayOf(e), t) : '';
  };
  const {items} = p.changes;
  const onOpen = (e: Event) => {
    const id = (e.target as Element).closest('[data-country]')?.getAttribute('data-country');
    if (id) p.onOpen(id);
  };
  return html`<section class="changes" part="changes" aria-labelledby="changes-heading">
    <h3 id="changes-heading">${fill(t.compareHeading, {from: day(p.from), to: day(p.to)})}</h3>
    <p class="muted" role="status">${items.length ? fill(t.compareCount, {n: formatCount(items.length, t)}) : t.compareNone}</p>
    <ul @click=${onOpen}>
      ${items.map((item) => html`<li><button class="country" part="button" data-country=${item.id}>${item.name}</button>: ${item.text}</li>`)}
    </ul>
  </section>`;
}
