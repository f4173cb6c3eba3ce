import {html, nothing, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import type {ArticleSource} from '../model/types.js';
import {sourceLink} from './links.js';

/** Credits: the map's borders and data, and the article the story retells. */
export function footerView(source: ArticleSource | undefined, t: Strings): TemplateResult {
  return html`<div class="footer" part="footer">
    <p>${t.bordersNote}</p>
    <p>${t.credits} ${source ? html`${t.storyFrom} ${sourceLink({label: source.outlet, url: source.url})}, ${source.author}.` : nothing}</p>
  </div>`;
}
