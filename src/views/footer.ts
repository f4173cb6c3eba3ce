import {html, nothing, type TemplateResult} from 'lit';
import {formatDate} from '../i18n/format.js';
import {fill, type Strings} from '../i18n/strings.js';
import {startOf} from '../model/dates.js';
import type {ArticleSource, Story} from '../model/types.js';
import {sourceLink} from './links.js';

/** Credits: the map's borders and data, and the article the story retells; then the story's updates. */
export function footerView(source: ArticleSource | undefined, t: Strings, updates?: Pick<Story, 'updated' | 'corrections'>): TemplateResult {
  return html`<div class="footer" part="footer">
    <p>${t.bordersNote}</p>
    <p>${t.credits} ${source ? html`${t.storyFrom} ${sourceLink({label: source.outlet, url: source.url})}, ${source.author}.` : nothing}</p>
    ${updates ? updatesView(updates, t) : nothing}
  </div>`;
}

/**
 * "Updated 9 April 2021: …", newest first, as news sites show corrections. An `updated` date with no correction
 * of its own gets a line of its own.
 */
function updatesView({updated, corrections = []}: Pick<Story, 'updated' | 'corrections'>, t: Strings): TemplateResult | typeof nothing {
  const lines: {date: string; text?: string}[] = [...corrections];
  if (updated && !corrections.some((c) => c.date === updated)) lines.push({date: updated});
  if (lines.length === 0) return nothing;
  lines.sort((a, b) => (startOf(a.date) < startOf(b.date) ? 1 : startOf(a.date) > startOf(b.date) ? -1 : 0));
  return html`<ul class="updates">
    ${lines.map(
      (line) => html`<li><time datetime=${line.date}>${fill(t.updated, {date: formatDate(line.date, t)})}</time>${line.text ? html`: <bdi>${line.text}</bdi>` : nothing}</li>`,
    )}
  </ul>`;
}
