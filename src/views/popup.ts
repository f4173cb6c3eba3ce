import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {fill} from '../i18n/strings.js';
import type {Bloc, Source} from '../model/types.js';
import {sourceLink} from './links.js';
import {swatch} from './swatch.js';
import type {MembershipDetails, QuoteDetails} from '../timeline/describe.js';

export interface PopupProps {
  heading: string;
  subheading?: string;
  /** Which half of the map the popup covers: the one away from its country. Physical: maps do not mirror. */
  side: 'left' | 'right';
  /** Absent for a pin, which has no bloc. */
  bloc?: {bloc: Bloc | undefined; reason?: string; source?: Source; label: string};
  memberships?: {label: string; items: readonly MembershipDetails[]};
  quotes: readonly QuoteDetails[];
  /** Quotes about it that the story dates after the day shown. */
  later?: readonly QuoteDetails[];
  /** Whether to say so when there are no quotes. */
  sayNoQuotes: boolean;
  strings: Strings;
  onClose: () => void;
}

/**
 * A non-modal dialog over one side of the map. The close button closes it; so does Escape, which the map
 * around it handles; the element returns focus.
 */
export function popupView(p: PopupProps): TemplateResult {
  const t = p.strings;
  return html`<div class="popup ${p.side}" part="popup" role="dialog" aria-labelledby="popup-heading" tabindex="-1">
    <div class="head">
      <h3 id="popup-heading">${p.heading}</h3>
      <button class="close" part="button" aria-label=${t.close} @click=${p.onClose}><span aria-hidden="true">×</span></button>
    </div>
    ${p.subheading ? html`<p class="sub">${p.subheading}</p>` : nothing}
    ${p.bloc ? blocSection(p.bloc, t) : nothing}
    ${p.memberships
      ? html`<section><h4>${p.memberships.label}</h4>
          ${p.memberships.items.length
            ? html`<ul class="memberships">${p.memberships.items.map(membership)}</ul>`
            : html`<p class="muted">${t.noMemberships}</p>`}</section>`
      : nothing}
    <section>
      <h4>${t.quotes}</h4>
      ${p.quotes.length === 0 && p.sayNoQuotes ? html`<p class="muted">${p.later?.length ? t.noQuotesYet : t.noQuotes}</p>` : nothing}
      ${p.quotes.map(quote)}
    </section>
    ${p.later?.length ? html`<section class="later"><h4>${t.quotesLater}</h4>${p.later.map(quote)}</section>` : nothing}
  </div>`;
}

function blocSection(b: NonNullable<PopupProps['bloc']>, t: Strings): TemplateResult {
  return html`<section>
    <h4>${b.label}</h4>
    ${b.bloc
      ? html`<p class="bloc">${swatch(b.bloc.colour, b.bloc.id)} <strong>${b.bloc.label}</strong>
          ${b.bloc.opinion ? html`<span class="badge">${fill(t.opinionOf, {who: b.bloc.opinion})}</span>` : nothing}</p>
          ${b.reason ? html`<p>${b.reason}</p>` : nothing}
          ${b.source ? html`<p class="sources"><span class="label">${t.source}:</span> ${sourceLink(b.source)}</p>` : nothing}`
      : html`<p class="muted">${t.noBloc}</p>`}
  </section>`;
}

function quote(q: QuoteDetails): TemplateResult {
  return html`<figure class="quote" data-quote=${q.id}>
    <blockquote>${q.text}</blockquote>
    <figcaption>— <strong>${q.speaker}</strong>, ${q.role}${q.when ? html` <span class="muted">(${q.when})</span>` : nothing}</figcaption>
    ${q.note ? html`<p class="note">${q.note}</p>` : nothing}
  </figure>`;
}

/** Story text in <bdi>, so that a right-to-left name or an override character cannot reorder the line. */
function membership(m: MembershipDetails): TemplateResult {
  return html`<li><bdi>${m.organisation}</bdi> <bdi>${m.role}</bdi>, ${m.since}${m.note ? html` (<bdi>${m.note}</bdi>)` : nothing}</li>`;
}
