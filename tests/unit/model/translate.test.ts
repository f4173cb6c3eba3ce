import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../../src/model/check.js';
import {addDetails, joinDetails, splitDetails} from '../../../src/model/details.js';
import {quoteTranslation, sameLanguage, showStoryIn, translationOf, untranslated} from '../../../src/model/translate.js';
import type {Story} from '../../../src/model/types.js';
import {validateStory} from '../../../src/model/validate.js';
import {countries, miniRaw, miniStory} from '../../helpers/story.js';

const translated = (): Story => ({
  ...miniStory(),
  translations: {ur: {title: 'اردو عنوان', events: {first: {title: 'پہلا قدم', summary: 'پاکستان نیلا ہو جاتا ہے۔'}, second: {title: 'دوسرا قدم'}}, quotes: {q1: 'ترجمہ'}}},
});

describe('validateStory with translations', () => {
  const messages = (translations: unknown, lang?: unknown) => validateStory({...miniRaw(), translations, ...(lang === undefined ? {} : {lang})}, {countries}).errors.map(formatIssue);

  it('accepts a story’s lang and its translations, and keeps them', () => {
    const raw = {...miniRaw(), lang: 'en', translations: {ur: {title: 'ع', intro: 'ت', events: {first: {title: 'ا', summary: 'ب'}}, quotes: {q2: 'ج'}}, 'ru-RU': {title: 'Т'}}};
    const result = validateStory(raw, {countries});
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.story?.lang).toBe('en');
    expect(result.story?.translations).toEqual(raw.translations);
  });

  it('names the path of an unknown event or quote id, and of a value that is not text', () => {
    expect(messages({ur: {events: {nope: {title: 'x'}}}})).toEqual(['translations.ur.events.nope: "nope" is not an event of this story']);
    expect(messages({ur: {quotes: {q9: 'x'}}})).toEqual(['translations.ur.quotes.q9: "q9" is not a quote of this story']);
    expect(messages({ru: {events: {first: {summary: 3}}}})).toEqual(['translations.ru.events.first.summary: expected text, got 3']);
    expect(messages({ru: {title: ['x']}})).toEqual(['translations.ru.title: expected text, got a list']);
    expect(messages({ru: {quotes: {q1: ''}}})).toEqual(['translations.ru.quotes.q1: expected text, got ""']);
    expect(messages({ru: 'Привет'})).toEqual(['translations.ru: expected an object, got "Привет"']);
    expect(messages([])).toEqual(['translations: expected an object, got a list']);
  });

  it('names a bad language tag, in lang or as a translation’s key', () => {
    expect(messages(undefined, 'Urdu!')).toEqual(['lang: expected a language tag such as "en" or "ur", got "Urdu!"']);
    expect(messages({'not a tag': {title: 'x'}})).toEqual(['translations.not a tag: expected a language tag such as "ur" or "ru", got "not a tag"']);
  });

  it('warns of a field a translation does not know', () => {
    const result = validateStory({...miniRaw(), translations: {ur: {titel: 'x'}}}, {countries});
    expect(result.warnings.map(formatIssue)).toEqual(['translations.ur.titel: unknown field (expected one of: title, intro, events, quotes)']);
  });
});

describe('showStoryIn', () => {
  it('showStoryIn(story, lang) replaces what is translated, in place, and marks what is not', () => {
    const story = translated();
    const first = story.events[0]!;
    showStoryIn(story, 'ur-PK');
    expect(story.events[0]).toBe(first);
    expect([story.title, first.title, first.summary, story.events[1]!.title]).toEqual(['اردو عنوان', 'پہلا قدم', 'پاکستان نیلا ہو جاتا ہے۔', 'دوسرا قدم']);
    expect(story.events[1]!.summary).toBe('Pakistan and Russia turn red.');
    expect(['title', 'intro', 'first.title', 'second.title', 'second.summary', 'third.title'].map((part) => untranslated(story, part))).toEqual([false, true, false, false, true, true]);
    expect(quoteTranslation(story, 'q1')).toBe('ترجمہ');
    expect(quoteTranslation(story, 'q2')).toBeUndefined();
  });

  it('showStoryIn(story, lang) gives the original back in the story’s own language, with nothing marked', () => {
    const story = translated();
    showStoryIn(story, 'ur');
    showStoryIn(story, 'en');
    expect([story.title, story.events[0]!.title, story.events[0]!.summary]).toEqual(['A small test story', 'First step', 'Pakistan turns blue.']);
    expect(untranslated(story, 'second.summary')).toBe(false);
    expect(quoteTranslation(story, 'q1')).toBeUndefined();
  });

  it('showStoryIn(story, lang) marks everything in a language the story has no translation into', () => {
    const story = translated();
    showStoryIn(story, 'ru');
    expect(story.events[0]!.title).toBe('First step');
    expect(untranslated(story, 'first.title')).toBe(true);
  });

  it('showStoryIn takes text that arrived since (the details) as the original, and translates it again', () => {
    const raw = translated();
    const {core, details, translations} = splitDetails({...raw, opening: 'first'});
    const story = joinDetails(core);
    story.translations = translations;
    showStoryIn(story, 'ur');
    expect(story.events[1]!.summary).toBe('');
    expect(untranslated(story, 'second.summary')).toBe(false);
    addDetails(story, details);
    showStoryIn(story, 'ur');
    expect(story.events[0]!.summary).toBe('پاکستان نیلا ہو جاتا ہے۔');
    expect(story.events[1]!.summary).toBe('Pakistan and Russia turn red.');
    expect(untranslated(story, 'second.summary')).toBe(true);
    showStoryIn(story, 'en');
    expect(story.events[0]!.summary).toBe('Pakistan turns blue.');
  });

  it('translationOf(story, lang) prefers the exact tag, then the language', () => {
    const story = {...miniStory(), translations: {ur: {title: 'a'}, 'ur-IN': {title: 'b'}}};
    expect([translationOf(story, 'ur-IN')?.title, translationOf(story, 'ur-PK')?.title, translationOf(story, 'en')]).toEqual(['b', 'a', undefined]);
    expect([sameLanguage('ur', 'UR-pk'), sameLanguage('ur', 'ru')]).toEqual([true, false]);
  });
});
