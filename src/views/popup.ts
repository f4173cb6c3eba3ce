import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import {sourceLink} from './links.js';
import {swatch} from './swatch.js';
import type {BlocDetails, MembershipDetails, QuoteDetails} from '../timeline/describe.js';

/** A quote as the popup shows it: the original words in their language, and a translation beneath if any. */
export interface ShownQuote extends QuoteDetails {
  /** The language of the words (the story's). */
  lang?: string;
  /** The words in the interface's language, from the story's translations. */
  translation?: string;
}

export interface PopupProps {
  heading: string;
  subheading?: string;
  /** Which half of the map the popup covers: the one away from its country. Physical: maps do not mirror. */
  side: 'left' | 'right';
  /** Every group the country is in on the day, the one that fills it first; absent for a pin. */
  blocs?: {label: string; items: readonly BlocDetails[]};
  memberships?: {label: string; items: readonly MembershipDetails[]};
  /** Its memberships on two or more sides on the day (NATO and the SCO, say); empty when there are none. */
  overlap?: readonly MembershipDetails[];
  /** The story's details (reasons, sources, the quotes' words) are still on their way. */
  pending?: boolean;
  quotes: readonly ShownQuote[];
  /** Quotes about it that the story dates after the day shown. */
  later?: readonly ShownQuote[];
  /** Whether to say so when there are no quotes. */
  sayNoQuotes: boolean;
  /** The id of a quote to highlight: the one a link opened. */
  highlight?: string;
  strings: Strings;
  onClose: () => void;
}

/**
 * A non-modal dialog over one side of the map. The close button closes it; so does Escape, which the map
 * around it handles; the element returns focus.
 */
export function popupView(p: PopupProps): TemplateResult {
  const t = p.strings;
  return html`<div class="popup ${p.side}" part="popup" role="dialog" aria-labelledby="popup-heading" tabindex="-1" aria-busy=${p.pending ? 'true' : 'false'}>
    <div class="head">
      <h3 id="popup-heading">${p.heading}</h3>
      <button class="close" part="button" aria-label=${t.close} @click=${p.onClose}><span aria-hidden="true">×</span></button>
    </div>
    ${p.subheading ? html`<p class="sub">${p.subheading}</p>` : nothing}
    ${p.blocs ? blocSection(p.blocs, Boolean(p.pending), t) : nothing}
    ${p.memberships
      ? html`<section><h4>${p.memberships.label}</h4>
          ${p.memberships.items.length
            ? html`<ul class="memberships">${p.memberships.items.map(membership)}</ul>`
            : html`<p class="muted">${t.noMemberships}</p>`}
          ${p.overlap?.length
            ? html`<p class="overlap"><span class="label">${t.bothSides}:</span> ${p.overlap.map((m, i) => html`${i ? '; ' : ''}<bdi>${m.organisation}</bdi> <bdi>${m.role}</bdi>`)}</p>`
            : nothing}</section>`
      : nothing}
    <section>
      <h4>${t.quotes}</h4>
      ${p.pending && (p.quotes.length || p.later?.length)
        ? html`<p class="muted">${t.loadingDetails}</p>`
        : html`${p.quotes.length === 0 && p.sayNoQuotes ? html`<p class="muted">${p.later?.length ? t.noQuotesYet : t.noQuotes}</p>` : nothing}
          ${p.quotes.map((q) => quote(q, t, p.highlight))}`}
    </section>
    ${p.later?.length && !p.pending ? html`<section class="later"><h4>${t.quotesLater}</h4>${p.later.map((q) => quote(q, t, p.highlight))}</section>` : nothing}
  </div>`;
}

/** The groups a country is in, each with its reason and source; a country can be in two at once. */
function blocSection(b: NonNullable<PopupProps['blocs']>, pending: boolean, t: Strings): TemplateResult {
  return html`<section>
    <h4>${b.label}</h4>
    ${b.items.length
      ? b.items.map(
          (item) => html`<p class="bloc">${swatch(item.bloc.colour, item.bloc)} <strong>${item.bloc.label}</strong>
              ${item.bloc.opinion ? html`<span class="badge">${fill(t.opinionOf, {who: item.bloc.opinion})}</span>` : nothing}</p>
            ${pending
              ? html`<p class="muted">${t.loadingDetails}</p>`
              : html`${item.reason ? html`<p>${item.reason}</p>` : nothing}
                  <p class="sources"><span class="label">${t.source}:</span> ${sourceLink(item.source)}</p>`}`,
        )
      : html`<p class="muted">${t.noBloc}</p>`}
  </section>`;
}

function quote(q: ShownQuote, t: Strings, highlight?: string): TemplateResult {
  return html`<figure class="quote ${q.id === highlight ? 'highlight' : ''}" data-quote=${q.id}>
    <blockquote lang=${q.lang ?? nothing} dir=${q.lang ? 'auto' : nothing}>${q.text}</blockquote>
    ${q.translation ? html`<p class="translation"><span class="label">${t.translation}:</span> ${q.translation}</p>` : nothing}
    <figcaption>— <strong>${q.speaker}</strong>, ${q.role}${q.when ? html` <span class="muted">(${q.when})</span>` : nothing}</figcaption>
    ${q.note ? html`<p class="note">${q.note}</p>` : nothing}
  </figure>`;
}

/** Story text in <bdi>, so that a right-to-left name or an override character cannot reorder the line. */
function membership(m: MembershipDetails): TemplateResult {
  return html`<li><bdi>${m.organisation}</bdi> <bdi>${m.role}</bdi>, ${m.since}${m.note ? html` (<bdi>${m.note}</bdi>)` : nothing}</li>`;
}
