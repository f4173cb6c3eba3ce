import type {CSSResult, ReactiveControllerHost} from 'lit';
import {loadBuiltInTranslations} from '../built-in-story.js';
import {languageOf} from '../i18n/languages.js';
import {en, fill, type Strings} from '../i18n/strings.js';
import type {Story} from '../model/types.js';
import type {Marker} from '../views/original.js';
import {adoptStyles, OnDemand} from './on-demand.js';

/** What the controller reads from its element: its own `lang`, which may be empty. */
type Host = ReactiveControllerHost & HTMLElement & {lang?: string | null; src?: string};

interface Catalogue {
  strings: Strings;
  styles: CSSResult;
}

/**
 * The interface's language, per map, so that two maps on one page may speak two languages: the element's
 * own `lang`, else the closest ancestor's (the page's), else English. English ships in the first view; Urdu
 * and Russian are chunks fetched on first use, and until one arrives the map speaks English. A language the
 * map does not speak falls back to English, with a notice only when the element itself asked for it: a
 * German page must not show one under every map it embeds. The story follows: its `translations` are
 * applied by a chunk of their own, fetched only when the story's language is not the interface's.
 */
export class LanguageController {
  /** The interface strings of the language shown now. */
  strings: Strings = en;
  /** The notice for a `lang` the map does not speak, in English (the language it falls back to). */
  note?: string;
  private readonly chunks: Record<'ur' | 'ru', OnDemand<Catalogue>>;
  private readonly translating: OnDemand<typeof import('../views/original.js')>;
  private readonly builtIn: OnDemand<NonNullable<Story['translations']>>;

  constructor(private readonly host: Host) {
    const styled = async (words: Promise<{strings: Strings}>): Promise<Catalogue> => {
      const [{strings}, {languageStyles}] = await Promise.all([words, import('../views/language.styles.js')]);
      return {strings, styles: languageStyles};
    };
    this.chunks = {
      ur: new OnDemand(host, 'the Urdu interface', () => styled(import('../i18n/ur.js'))),
      ru: new OnDemand(host, 'the Russian interface', () => styled(import('../i18n/ru.js'))),
    };
    this.translating = new OnDemand(host, 'the story’s translations', () => import('../views/original.js'));
    this.builtIn = new OnDemand(host, 'the story’s translations', loadBuiltInTranslations);
  }

  /** Why a chunk could not be loaded, if one could not. */
  get failure(): string | undefined {
    return this.chunks.ur.failure ?? this.chunks.ru.failure ?? this.translating.failure ?? this.builtIn.failure;
  }

  /** Follows the element's language; call before each update. */
  sync(): void {
    const own = this.host.lang?.trim();
    const tag = own || this.host.closest('[lang]')?.getAttribute('lang')?.trim() || 'en';
    const language = languageOf(tag);
    this.note = !language && own ? fill(en.badLang, {value: own}) : undefined;
    if (!language || language === 'en') {
      this.strings = en;
      return;
    }
    const chunk = this.chunks[language];
    // Fetched side by side: a built-in story is in English, so another language always needs the translations.
    void this.translating.get();
    if (!this.host.src) void this.builtIn.get();
    if (!chunk.module) return void chunk.get();
    this.strings = chunk.module.strings;
    adoptStyles(this.host.shadowRoot, chunk.module.styles);
  }

  /** Shows the story's text in the interface's language, where the story has it; call once the story is known. */
  syncStory(story: Story): void {
    const module = this.translating.module;
    // The built-in story's translations ship apart from it, so that an English reader never downloads them.
    if (!this.host.src && !story.translations && this.builtIn.module) story.translations = this.builtIn.module;
    if (module) {
      adoptStyles(this.host.shadowRoot, module.styles);
      module.showStoryIn(story, this.strings.lang);
    } else if ((story.lang ?? 'en').split('-')[0]?.toLowerCase() !== this.strings.lang) void this.translating.get();
  }

  /** Marks story text left untranslated, once the translations' chunk is here. */
  marker(story: Story): Marker | undefined {
    return this.translating.module?.marker(story, this.strings);
  }

  /** A quote's translation into the interface's language, by quote id, once the translations' chunk is here. */
  quotes(story: Story): ((id: string) => string | undefined) | undefined {
    return this.translating.module?.quotes(story);
  }
}
