import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import type {Claim, Source} from '../model/types.js';
import type {Slide} from '../timeline/slides.js';
import {sourceList} from './links.js';

export interface SlideProps {
  /** Undefined before the first event. */
  slide: Slide | undefined;
  when: string;
  claims: readonly Claim[];
  black: boolean;
  notes: boolean;
  strings: Strings;
  onExit: () => void;
  onNotes: () => void;
  onUnblack: () => void;
}

/**
 * One slide of presentation mode: beside the map, the event's date, title and summary, the article's slips,
 * the discussion prompts and the sources, under a bar with the progress and buttons that do what the keys do
 * (nothing is hover-only or key-only); under the map, where a map as wide as the screen leaves room, the key
 * quote, large. Speaker notes and the blackout lie over it all on request.
 */
export function slideView(p: SlideProps): TemplateResult {
  const t = p.strings;
  const s = p.slide;
  return html`<section class="slide" part="slide" tabindex="-1" aria-label=${t.presentLabel}>
    <div class="slide-bar">
      <p class="progress" aria-label=${s ? fill(t.slideOf, {n: s.number, total: s.total}) : t.before}>
        ${s ? `${s.number} / ${s.total}` : t.before}
      </p>
      <button part="button" class="notes-toggle" aria-pressed=${p.notes ? 'true' : 'false'} @click=${p.onNotes}>${t.notesButton}</button>
      <button part="button" class="exit" @click=${p.onExit}>${t.exitPresent}</button>
    </div>
    <div class="slide-text" aria-live="polite">${s ? slideText(s, p) : html`<p class="when">${t.before}</p>`}</div>
    ${p.notes ? notesView(s, t) : nothing}
    ${p.black
      ? html`<div class="blackout" @click=${p.onUnblack}><span class="visually-hidden" role="status">${t.blackedOut}</span></div>`
      : nothing}
  </section>
  ${s?.quote
    ? html`<figure class="key-quote" part="key-quote" aria-label=${t.keyQuote}>
        <blockquote>${s.quote.text}</blockquote>
        <figcaption>— <strong>${s.quote.speaker}</strong>, ${s.quote.role}</figcaption>
        ${s.quote.note ? html`<p class="note">${s.quote.note}</p>` : nothing}
      </figure>`
    : nothing}`;
}

function slideText(s: Slide, p: SlideProps): TemplateResult {
  const t = p.strings;
  const {event} = s;
  return html`<p class="when">${p.when}${event.background ? html` · <span class="badge">${t.background}</span>` : nothing}</p>
    <h3 class="title">${event.title}</h3>
    <p class="summary">${event.summary}</p>
    ${p.claims.map(
      (claim) => html`<aside class="claim">
        <p><span class="label">${t.articleSays}:</span> <q>${claim.text}</q></p>
        <p><span class="label">${t.correction}:</span> ${claim.correction}</p>
      </aside>`,
    )}
    ${s.prompts.length
      ? html`<section class="prompts">
          <h4>${t.discuss}</h4>
          <ul>
            ${s.prompts.map((prompt) => html`<li>${prompt}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${sourceList(t.sources, [...event.sources, ...p.claims.flatMap((claim) => claim.sources)].filter(firstOfUrl))}`;
}

function firstOfUrl(source: Source, i: number, all: readonly Source[]): boolean {
  return all.findIndex((s) => s.url === source.url) === i;
}

function notesView(s: Slide | undefined, t: Strings): TemplateResult {
  return html`<aside class="notes" part="notes">
    <h4>${t.speakerNotes}</h4>
    <p>${s?.notes ?? t.noNotes}</p>
  </aside>`;
}
