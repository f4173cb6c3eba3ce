import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import type {Claim, StoryEvent} from '../model/types.js';
import {sourceList} from './links.js';
import type {Marker} from './original.js';

export interface CaptionProps {
  event: StoryEvent | undefined;
  index: number;
  total: number;
  when: string;
  claims: readonly Claim[];
  /** Caveats about the day shown, such as opinions shown as they were stated at an earlier date. */
  notes?: readonly string[];
  /** The story's details are on their way: a summary still empty is loading, not missing. */
  pending?: boolean;
  strings: Strings;
  /** Marks text left in the story's own language; absent, the text shows as it is. */
  mark?: Marker;
}

/** The current step, in full: date, title, summary, the article's slips, and sources. Nothing hides behind a hover. */
export function captionView(p: CaptionProps): TemplateResult {
  const {event, strings: t} = p;
  if (!event) return html`<section class="caption" part="caption"><p class="when">${t.before}</p></section>`;
  // Busy while its words are on their way, so that a screen reader waits for them rather than reading "Loading…".
  return html`<section class="caption" part="caption" aria-live="polite" aria-busy=${p.pending && !event.summary ? 'true' : 'false'}>
    <p class="when">
      <span>${p.when}</span> · <span>${fill(t.stepOf, {n: p.index + 1, total: p.total})}</span>
      ${event.background ? html` · <span class="badge">${t.background}</span>` : nothing}
    </p>
    <h3 class="title">${p.mark ? p.mark(event.title, `${event.id}.title`) : event.title}</h3>
    <p class="summary">${p.pending && !event.summary ? html`<span class="muted">${t.loadingDetails}</span>` : p.mark ? p.mark(event.summary, `${event.id}.summary`) : event.summary}</p>
    ${p.notes?.map((note) => html`<p class="note">${note}</p>`)}
    ${p.claims.map(
      (claim) => html`<aside class="claim">
        <p><span class="label">${t.articleSays}</span>${claim.speaker ? html` <span class="muted">(${fill(t.saidBy, {speaker: claim.speaker})})</span>` : nothing}<span class="label">:</span> <q>${claim.text}</q></p>
        <p><span class="label">${t.correction}:</span> ${claim.correction}</p>
        ${sourceList(t.sources, claim.sources)}
      </aside>`,
    )}
    ${sourceList(t.sources, event.sources)}
    ${event.prompts?.length
      ? html`<details class="discuss">
          <summary>${t.discuss}</summary>
          <ul>
            ${event.prompts.map((prompt) => html`<li>${prompt}</li>`)}
          </ul>
        </details>`
      : nothing}
  </section>`;
}
