import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {StoryEvent} from '../model/types.js';
import type {TimeAxis} from '../timeline/ticks.js';

export interface TimelineProps {
  events: readonly StoryEvent[];
  /** Current step; -1 before the first event. */
  index: number;
  axis: TimeAxis;
  strings: Strings;
  /** Spoken value of a step: "11 September 2001: 9/11 attacks". */
  valueText: (index: number) => string;
  onStep: (index: number) => void;
  playing: boolean;
  onPlay: () => void;
}

/**
 * The slider, a native range input so that keyboards, touch and screen readers work as the platform intends,
 * and its buttons: previous, play, next. The slider steps by event, evenly spaced, so that 2001's five events
 * are not a smudge; under it a thin axis places each event at its date, and a line joins each step to its date,
 * so that a glance shows how the steps bunch and spread in time. Everything is positioned by attributes and
 * flex rows, never by an inline style: a strict Content-Security-Policy holds.
 */
export function timelineView(p: TimelineProps): TemplateResult {
  const t = p.strings;
  const last = p.events.length - 1;
  const value = Math.max(0, p.index);
  const onInput = (e: Event) => p.onStep(Number((e.target as HTMLInputElement).value));
  return html`<div class="timeline" part="timeline">
    <div class="track">
      <input type="range" min="0" max=${last} step="1" .value=${String(value)} aria-label=${t.timelineLabel}
        aria-valuetext=${p.index < 0 ? t.before : p.valueText(value)} @input=${onInput} @change=${onInput} />
      <div class="marks" aria-hidden="true">
        ${p.events.map((event, i) => html`<span class="slot"><span class="mark ${event.background ? 'background' : ''} ${i <= p.index ? 'past' : ''}"></span></span>`)}
      </div>
      ${axisView(p, t.dir === 'rtl')}
      <p class="scale-note" aria-hidden="true">${t.byEvent}</p>
    </div>
    <div class="buttons">
      <button class="step" part="button" aria-label=${t.previous} ?disabled=${p.index <= 0} @click=${() => p.onStep(p.index - 1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button class="play" part="button" aria-pressed=${p.playing ? 'true' : 'false'} @click=${p.onPlay}>
        <svg class="glyph" viewBox="0 0 16 16" aria-hidden="true"><path d=${p.playing ? 'M4 3h3v10H4zM9 3h3v10H9z' : 'M4.5 2.5v11l9-5.5z'}></path></svg>
        <span>${t.play}</span>
      </button>
      <button class="step" part="button" aria-label=${t.next} ?disabled=${p.index >= last} @click=${() => p.onStep(p.index + 1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  </div>`;
}

const FAN = 14;

/**
 * The time axis: a line from each step of the slider down to its date, the current one drawn strong, and the
 * years. Positions are percentages of the track, which the SVG spans without a viewBox, so text keeps its shape.
 */
function axisView(p: TimelineProps, rtl: boolean): TemplateResult {
  const n = p.events.length;
  const x = (fraction: number) => `${((rtl ? 1 - fraction : fraction) * 100).toFixed(3)}%`;
  const slot = (i: number) => (n > 1 ? i / (n - 1) : 0.5);
  const line = (i: number, at: number, state: string): SVGTemplateResult =>
    svg`<line class="fan ${state} ${p.events[i]?.background ? 'background' : ''}" x1=${x(slot(i))} y1="0" x2=${x(at)} y2=${FAN}></line>`;
  const current = p.axis.at[p.index];
  // Every step keeps its line, and the current one is drawn again on top: a step then changes a few attributes
  // instead of taking one line out of the list and putting another back, which cloned and removed DOM each time.
  return html`<svg class="axis" aria-hidden="true">
    ${p.axis.at.map((at, i) => line(i, at, i <= p.index ? 'past' : ''))}
    ${current === undefined ? null : line(p.index, current, 'current')}
    <line class="base" x1="0" y1=${FAN} x2="100%" y2=${FAN}></line>
    ${p.axis.years.map(
      (year) => svg`<line class="year ${year.labelled ? 'labelled' : ''}" x1=${x(year.at)} y1=${FAN} x2=${x(year.at)} y2=${FAN + (year.labelled ? 5 : 3)}></line>
        ${year.labelled ? svg`<text x=${x(year.at)} y=${FAN + 16}>${year.year}</text>` : null}`,
    )}
    ${current === undefined ? null : svg`<circle class="now" cx=${x(current)} cy=${FAN} r="3.5"></circle>`}
  </svg>`;
}
