/**
 * Every interface string, in one place, so that a translation (Urdu, Russian…) is one object.
 * Story text is not here: it comes from the story file.
 */
export const en = {
  /** The interface's language and direction: an English map inside an Urdu page stays left to right. */
  lang: 'en',
  dir: 'ltr',
  mapLabel: 'World map of blocs on {date}',
  loading: 'Loading the story…',
  timelineLabel: 'Timeline',
  previous: 'Previous event',
  next: 'Next event',
  stepOf: 'Step {n} of {total}',
  background: 'Background',
  sources: 'Sources',
  source: 'Source',
  close: 'Close',
  noBloc: 'Not grouped by the story at this date',
  noBlocShort: 'Not grouped',
  bloc: 'Group on {date}',
  memberships: 'Memberships on {date}',
  noMemberships: 'None recorded in this story',
  quotes: 'In the article',
  quotesLater: 'Said later',
  groups: 'About these groups',
  more: 'More',
  aboutStory: 'More about this story',
  noQuotes: 'The article quotes no one about it.',
  noQuotesYet: 'Nothing the article quotes had been said about it by this date.',
  since: 'since {date}',
  opinion: 'Opinion',
  opinionOf: 'Opinion: {who}',
  articleSays: 'The article says',
  correction: 'Correction',
  factCheck: 'Check',
  partOf: 'Part of {country}',
  noId: 'No ISO code: not coloured',
  pinLabel: 'Words spoken in {place}',
  legendLabel: 'Legend',
  errorTitle: 'This story could not be shown',
  errorKept: 'The story could not be reloaded; the last good version is still shown.',
  errorMore: '…and {n} more',
  retry: 'Retry',
  badDate: 'date: "{value}" is not a date (expected YYYY-MM-DD); showing {shown} instead',
  badSelected: 'selected: "{value}" is not a country in the map',
  before: 'Before the first event',
  bordersNote:
    'Borders are Natural Earth’s de facto lines (Kashmir is divided along the Line of Control); they imply no endorsement.',
  credits: 'Map: Natural Earth (public domain), via world-atlas.',
  storyFrom: 'Story from',
  months: 'January February March April May June July August September October November December',
  dateDay: '{d} {month} {y}',
  dateMonth: '{month} {y}',
  rangeSameMonth: '{d1}–{rest}',
  range: '{from} – {to}',
  // The menu's entries for export and the handout; their own words are in teaching.ts, loaded with them.
  exportPng: 'Download this view as PNG',
  exportSvg: 'Download this view as SVG',
  exportAll: 'Download every event (zip)',
  handout: 'Print a handout',
} as const;

/** The shape every translation must have. */
export type Strings = {readonly [K in keyof typeof en]: string};

/** Fills `{name}` placeholders. Values are plain text; Lit renders the result as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Wraps story text that is joined into an interface string (a tooltip, a label) in Unicode isolates, so that
 * right-to-left text, or a stray override character in a story, cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
