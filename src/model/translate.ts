import type {Story, StoryTranslation} from './types.js';

/** The story's own text that a translation may replace. */
interface Texts {
  title: string;
  intro: string;
  events: {title: string; summary: string}[];
}

interface Shown {
  lang: string;
  original: Texts;
  written: Texts;
  /** Parts asked for in another language that show in the original: "title", "intro", "<event id>.title"… */
  untranslated: Set<string>;
}

const shownIn = new WeakMap<Story, Shown>();

/** Whether two language tags name one language ("ur" and "ur-PK"). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
}

/** The story's translation into `lang`, unless the story is written in it. */
export function translationOf(story: Story, lang: string): StoryTranslation | undefined {
  if (sameLanguage(story.lang ?? 'en', lang)) return undefined;
  const tags = Object.keys(story.translations ?? {});
  const tag = tags.find((t) => t.toLowerCase() === lang.toLowerCase()) ?? tags.find((t) => sameLanguage(t, lang));
  return tag === undefined ? undefined : story.translations?.[tag];
}

/**
 * Shows a story's title, intro and events' titles and summaries in `lang`, in place, so that views and
 * controllers holding the story, its events and their order see the change without taking it for a new
 * story. Text the story lacks in `lang` keeps its original (see `untranslated`). Text that changed since the
 * last call (the details arriving with the summaries) is taken as the new original.
 */
export function showStoryIn(story: Story, lang: string): void {
  const previous = shownIn.get(story);
  const now = textsOf(story);
  const original = previous ? merge(now, previous) : now;
  const translation = translationOf(story, lang);
  const foreign = !sameLanguage(story.lang ?? 'en', lang);
  const untranslated = new Set<string>();
  const pick = (key: string, own: string, translated: string | undefined): string => {
    if (translated !== undefined) return translated;
    if (foreign && own !== '') untranslated.add(key);
    return own;
  };
  const written: Texts = {
    title: pick('title', original.title, translation?.title),
    intro: pick('intro', original.intro, translation?.intro),
    events: story.events.map((event, i) => {
      const own = original.events[i] ?? {title: '', summary: ''};
      const words = translation?.events?.[event.id];
      return {title: pick(`${event.id}.title`, own.title, words?.title), summary: pick(`${event.id}.summary`, own.summary, words?.summary)};
    }),
  };
  story.title = written.title;
  story.intro = written.intro;
  story.events.forEach((event, i) => Object.assign(event, written.events[i]));
  shownIn.set(story, {lang, original, written, untranslated});
}

/**
 * Whether a part of the story ("title", "intro", "<event id>.title", "<event id>.summary") shows in the
 * story's own language although the map speaks another: the view marks it so.
 */
export function untranslated(story: Story, part: string): boolean {
  return shownIn.get(story)?.untranslated.has(part) ?? false;
}

/** The translation of a quote's words into the language the story is shown in, if the story has one. */
export function quoteTranslation(story: Story, quoteId: string): string | undefined {
  const lang = shownIn.get(story)?.lang;
  return lang === undefined ? undefined : translationOf(story, lang)?.quotes?.[quoteId];
}

function textsOf(story: Story): Texts {
  return {title: story.title, intro: story.intro, events: story.events.map((e) => ({title: e.title, summary: e.summary}))};
}

/** The originals: what the story holds now where that is not what was last written into it. */
function merge(now: Texts, previous: Shown): Texts {
  const keep = (current: string, written: string | undefined, original: string | undefined) =>
    current === written && original !== undefined ? original : current;
  return {
    title: keep(now.title, previous.written.title, previous.original.title),
    intro: keep(now.intro, previous.written.intro, previous.original.intro),
    events: now.events.map((e, i) => ({
      title: keep(e.title, previous.written.events[i]?.title, previous.original.events[i]?.title),
      summary: keep(e.summary, previous.written.events[i]?.summary, previous.original.events[i]?.summary),
    })),
  };
}
