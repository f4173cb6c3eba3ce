import type {Strings} from './strings.js';

/**
 * The words of export for slides and of the printed handout. They are kept apart from `en`, in a module
 * of their own, so that they load with those features' chunks instead of with every reader's first view.
 */
const enTeaching = {
  exportSize: 'Size',
  exportSizeOption: '{width} × {height}',
  exportGo: 'Download',
  exportCancel: 'Cancel',
  exportClose: 'Close',
  exportProgress: 'Exporting {n} of {total}…',
  exportPacking: 'Packing the zip…',
  exportDone: 'Saved {name}. If no file appears, this browser or page blocked the download.',
  exportBlockedImage: 'PNG export needs img-src blob: in this page’s Content-Security-Policy; SVG export works.',
  exportCanvas: 'This browser would not draw a {width} × {height} image; try a smaller size, or SVG.',
  exportEncode: 'This browser could not encode the {width} × {height} PNG; try a smaller size, or SVG.',
  exportDownload: 'This browser refused the download ({reason}).',
  exportFailed: 'The export failed ({reason}); the map is unchanged.',
  slideKey: '{label} ({count})',
  handoutMaps: 'The map at each event',
  handoutAll: 'All {n} events, in order.',
  handoutSome: '{n} of {total} events: the {left} background events before the story’s period are left out to keep the handout short.',
  handoutLetters: 'The letter on each map marks the largest country of each group, so the groups can be told apart in grey.',
  handoutAlike: 'In grey, {groups} look alike: read the letters on the map.',
  handoutPatterned: 'Also patterned: {groups}.',
  handoutQuotes: 'Quotes from the article',
  handoutArticle: 'The article',
  handoutSources: 'Sources',
  handoutCorrections: 'Corrections',
  and: 'and',
} as const;

/** The shape of `teaching`'s words in every language. */
export type TeachingStrings = {readonly [K in keyof typeof enTeaching]: string};

const byLanguage = new Map<string, TeachingStrings>([['en', enTeaching]]);

/** Registers a language's export and handout words; its catalogue does so when it loads. */
export function addTeaching(lang: string, words: TeachingStrings): void {
  byLanguage.set(lang, words);
}

/** The export and handout words that go with an interface language; English where it has none. */
export function teaching(strings: Strings): TeachingStrings {
  return byLanguage.get(strings.lang) ?? enTeaching;
}
