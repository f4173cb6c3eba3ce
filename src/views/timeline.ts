import {html, type TemplateResult} from 'lit';
import type {StoryEvent} from '../model/types.js';
import type {YearTick} from '../timeline/ticks.js';

export interface TimelineProps {
  events: readonly StoryEvent[];
  /** Current step; -1 before the first event. */
  index: number;
  ticks: readonly YearTick[];
  label: string;
  previous: string;
  next: string;
  /** Spoken value of a step: "11 September 2001: 9/11 attacks". */
  valueText: (index: number) => string;
  /** Spoken value before the first event. */
  before: string;
  onStep: (index: number) => void;
}

/**
 * A native range input underneath, so that keyboards, touch and screen readers work as the platform intends.
 * Steps are evenly spaced by event, not by time: 2001 holds five events and would otherwise be a smudge.
 * Marks sit in a flex row spaced like the thumb's stops, so no inline style is needed: a strict
 * Content-Security-Policy (no 'unsafe-inline' styles) holds.
 */
export function timelineView(p: TimelineProps): TemplateResult {
  const last = p.events.length - 1;
  const years = new Map(p.ticks.map((tick) => [tick.index, tick]));
  const value = Math.max(0, p.index);
  const onInput = (e: Event) => p.onStep(Number((e.target as HTMLInputElement).value));
  return html`<div class="timeline" part="timeline">
    <button class="step" part="button" aria-label=${p.previous} ?disabled=${p.index <= 0} @click=${() => p.onStep(p.index - 1)}>
      <span aria-hidden="true">‹</span>
    </button>
    <div class="track">
      <input type="range" min="0" max=${last} step="1" .value=${String(value)} aria-label=${p.label}
        aria-valuetext=${p.index < 0 ? p.before : p.valueText(value)} @input=${onInput} @change=${onInput} />
      <div class="marks" aria-hidden="true">
        ${p.events.map(
          (event, i) => html`<span class="slot"><span class="mark ${event.background ? 'background' : ''} ${i <= p.index ? 'past' : ''}"></span
            >${yearLabel(years.get(i))}</span>`,
        )}
      </div>
    </div>
    <button class="step" part="button" aria-label=${p.next} ?disabled=${p.index >= last} @click=${() => p.onStep(p.index + 1)}>
      <span aria-hidden="true">›</span>
    </button>
  </div>`;
}

function yearLabel(tick: YearTick | undefined): TemplateResult | string {
  return tick ? html`<span class="year level-${tick.level}">${tick.year}</span>` : '';
}
