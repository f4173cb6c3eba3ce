import type {Language} from './languages.js';

/**
 * The iframe embed's words for the query options it ignores. Only embed.js reads them, so they stay out of the
 * element's catalogue and its first view; the frame speaks the language its query asks for.
 */
export interface EmbedWords {
  ignored: string;
  ignoredUnknown: string;
  ignoredNumber: string;
  ignoredBoolean: string;
  ignoredSrc: string;
  ignoredLang: string;
  ignoredTwice: string;
  ignoredLong: string;
}

export const embedWords: Record<Language, EmbedWords> = {
  en: {
    ignored: 'ignored: {option} ({why})',
    ignoredUnknown: 'not an option of the map',
    ignoredNumber: 'expected a number',
    ignoredBoolean: 'expected true or false',
    ignoredSrc: 'only a story on this site',
    ignoredLang: 'not a language tag',
    ignoredTwice: 'given twice',
    ignoredLong: 'too long',
  },
  ur: {
    ignored: 'نظر انداز: {option} ({why})',
    ignoredUnknown: 'نقشے کا کوئی آپشن نہیں',
    ignoredNumber: 'عدد متوقع تھا',
    ignoredBoolean: 'true یا false متوقع تھا',
    ignoredSrc: 'صرف اسی سائٹ کی کہانی',
    ignoredLang: 'زبان کا ٹیگ نہیں',
    ignoredTwice: 'دو بار دیا گیا',
    ignoredLong: 'بہت لمبا',
  },
  ru: {
    ignored: 'пропущено: {option} ({why})',
    ignoredUnknown: 'у карты нет такого параметра',
    ignoredNumber: 'ожидается число',
    ignoredBoolean: 'ожидается true или false',
    ignoredSrc: 'только история с этого сайта',
    ignoredLang: 'это не код языка',
    ignoredTwice: 'указано дважды',
    ignoredLong: 'слишком длинно',
  },
};
