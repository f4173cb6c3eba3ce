import {type Checker, type Fields, join, known, object, shown, text} from './check.js';
import type {StoryTranslation} from './types.js';

/** The ids a translation may refer to. */
export interface TranslationRefs {
  events: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
}

/** A BCP 47 tag, loosely: a language subtag and optional subtags ("ur", "ur-PK", "zh-Hant-TW"). */
const TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** A story's `lang`: a language tag, or an error naming it. */
export function readLang(c: Checker, o: Fields): string | undefined {
  const lang = text(c, o, 'lang', '', true);
  if (lang !== undefined && !TAG.test(lang)) c.error('lang', `expected a language tag such as "en" or "ur", got ${shown(lang)}`);
  return lang !== undefined && TAG.test(lang) ? lang : undefined;
}

/**
 * A story's `translations`: by language tag, its title, intro, events' titles and summaries, and quotes'
 * translations. An unknown event or quote id, or a value that is not text, is an error naming its path; a
 * translation with a mistake is dropped whole rather than shown half right.
 */
export function readTranslations(c: Checker, value: unknown, refs: TranslationRefs): Record<string, StoryTranslation> | undefined {
  if (value === undefined) return undefined;
  const byLang = object(c, value, 'translations');
  if (!byLang) return undefined;
  const result: Record<string, StoryTranslation> = {};
  for (const [lang, raw] of Object.entries(byLang)) {
    const path = join('translations', lang);
    if (!TAG.test(lang)) c.error(path, `expected a language tag such as "ur" or "ru", got ${shown(lang)}`);
    const before = c.errors.length;
    const translation = readTranslation(c, raw, path, refs);
    if (translation && c.errors.length === before) result[lang] = translation;
  }
  return result;
}

function readTranslation(c: Checker, raw: unknown, path: string, refs: TranslationRefs): StoryTranslation | null {
  const f = object(c, raw, path);
  if (!f) return null;
  known(c, f, path, ['title', 'intro', 'events', 'quotes']);
  const translation: StoryTranslation = {};
  const title = text(c, f, 'title', path, true);
  const intro = text(c, f, 'intro', path, true);
  if (title !== undefined) translation.title = title;
  if (intro !== undefined) translation.intro = intro;
  const events = byId(c, f, 'events', path, refs.events, 'an event of this story', (item, at) => {
    const e = object(c, item, at);
    if (!e) return undefined;
    known(c, e, at, ['title', 'summary']);
    const [t, s] = [text(c, e, 'title', at, true), text(c, e, 'summary', at, true)];
    return {...(t === undefined ? {} : {title: t}), ...(s === undefined ? {} : {summary: s})};
  });
  const quotes = byId(c, f, 'quotes', path, refs.quotes, 'a quote of this story', (item, at) => {
    if (typeof item === 'string' && item.trim() !== '') return item;
    c.error(at, `expected text, got ${shown(item)}`);
    return undefined;
  });
  if (events) translation.events = events;
  if (quotes) translation.quotes = quotes;
  return translation;
}

/** An object keyed by the ids of `known`, each value read by `read`. */
function byId<T>(c: Checker, f: Fields, key: string, path: string, known: ReadonlySet<string>, what: string, read: (item: unknown, at: string) => T | undefined): Record<string, T> | undefined {
  if (f[key] === undefined) return undefined;
  const at = join(path, key);
  const o = object(c, f[key], at);
  if (!o) return undefined;
  const result: Record<string, T> = {};
  for (const [id, item] of Object.entries(o)) {
    const itemAt = join(at, id);
    if (!known.has(id)) c.error(itemAt, `${shown(id)} is not ${what}`);
    const value = read(item, itemAt);
    if (value !== undefined && known.has(id)) result[id] = value;
  }
  return result;
}
