import {html, type TemplateResult} from 'lit';
import type {EvidenceGroup} from '../lens/evidence.js';
import {fill, type LensStrings} from '../lens/strings.js';
import type {Source} from '../model/types.js';

export interface EvidenceProps {
  groups: readonly EvidenceGroup[];
  /** The day shown, as the reader reads dates. */
  date: string;
  /** The votes are still on their way: the votes cells say so. */
  votesPending: boolean;
  sources: readonly Source[];
  strings: LensStrings;
  closeLabel: string;
  onClose: () => void;
}

/**
 * Claim and evidence: for each group the story marks as someone's opinion, a row per country with what the
 * memberships and the UN votes say of it on the day, written as observations, not verdicts.
 */
export function evidenceView(p: EvidenceProps): TemplateResult {
  const t = p.strings;
  return html`<section class="evidence" part="evidence" aria-labelledby="evidence-title" aria-busy=${p.votesPending ? 'true' : 'false'}>
    <div class="evidence-head">
      <h3 id="evidence-title" tabindex="-1">${fill(t.evidenceTitle, {date: p.date})}</h3>
      <button part="button" class="evidence-close" aria-label=${p.closeLabel} @click=${p.onClose}>×</button>
    </div>
    <p class="muted">${t.evidenceIntro}</p>
    ${p.groups.length
      ? html`<table>
          <thead><tr><th scope="col">${t.columnCountry}</th><th scope="col">${t.columnMemberships}</th><th scope="col">${t.columnVotes}</th></tr></thead>
          ${p.groups.map(
            ({bloc, rows}) => html`<tbody data-bloc=${bloc.id}>
              <tr><th scope="colgroup" colspan="3">${bloc.label} <span class="muted">(${fill(t.claimOf, {who: bloc.opinion ?? ''})})</span></th></tr>
              ${rows.map(
                (r) => html`<tr data-id=${r.country}><th scope="row">${r.name}</th><td>${r.memberships}</td><td>${r.votes ?? (p.votesPending ? t.votesLoading : t.votesUnavailable)}</td></tr>`,
              )}
            </tbody>`,
          )}
        </table>`
      : html`<p>${t.evidenceNone}</p>`}
    ${p.sources.map((s) => html`<p class="lens-source muted">${t.sourceIs} <a href=${s.url} target="_blank" rel="noopener">${s.label}</a></p>`)}
  </section>`;
}
