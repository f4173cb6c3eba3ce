import {html, type TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {quoteTranslation, untranslated} from '../model/translate.js';
import type {Story} from '../model/types.js';
import {languageStyles} from './language.styles.js';

export {showStoryIn} from '../model/translate.js';
/** Adopted when this chunk arrives: the marks' styles. */
export const styles = languageStyles;

/** Story text as a view shows it: translated, or in the story's own language and marked as such. */
export type Marker = (text: string, part: string) => TemplateResult | string;

/**
 * Marks the parts of a story ("title", "<event id>.summary"…) that have no translation into the interface's
 * language: they keep the story's `lang`, so that a screen reader reads them in it, with a small label
 * ("in English") in the interface's language. This module is a chunk: only a map whose story is in another
 * language than its interface loads it.
 */
export function marker(story: Story, t: Strings): Marker {
  const lang = story.lang ?? 'en';
  return (text, part) =>
    untranslated(story, part)
      ? html`<span lang=${lang} dir="auto">${text}</span> <small class="original">${lang === 'en' ? t.english : lang}</small>`
      : text;
}

/** The translation of a quote's words into the language the story is shown in, by quote id. */
export function quotes(story: Story): (id: string) => string | undefined {
  return (id) => quoteTranslation(story, id);
}
