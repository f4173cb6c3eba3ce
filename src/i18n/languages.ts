/** The interface languages a map speaks: English ships in the first view, the others load on demand. */
export const languages = ['en', 'ur', 'ru'] as const;

/** One of `languages`. */
export type Language = (typeof languages)[number];

/**
 * The language a BCP 47 tag asks for, by its primary subtag ("ur-PK" → "ur", "EN-gb" → "en"); undefined for
 * a language the map does not speak.
 */
export function languageOf(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((l) => l === primary);
}
