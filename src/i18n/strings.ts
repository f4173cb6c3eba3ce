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
  loadingDetails: 'Loading…',
  bothSides: 'Memberships on both sides',
  twoGroups: 'Striped: in two groups at once',
  aboutStory: 'More about this story',
  noQuotes: 'The article quotes no one about it.',
  noQuotesYet: 'Nothing the article quotes had been said about it by this date.',
  since: 'since {date}',
  opinion: 'Opinion',
  opinionAsOf: 'Opinion, {date}',
  opinionOf: 'Opinion: {who}',
  staleOpinion: 'The groups marked Opinion show views as stated in {date}. The map does not update them after that date.',
  saidBy: 'whose words: {speaker}',
  opinionTip: '{bloc} (opinion)',
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
  badTheme: 'theme: "{value}" is not light, dark or auto; following the reader’s setting',
  before: 'Before the first event',
  share: 'Share',
  copied: 'Link copied',
  copyBelow: 'Copy this link:',
  linkInvalid: 'Link: {key} "{value}" is not valid, so it was ignored',
  linkUnknown: 'Link: {key} "{value}" is not in this story, so it was ignored',
  linkRepeated: 'Link: {key} was given more than once; the first was used',
  linkLong: 'Link: {key} is too long, so it was ignored',
  linkKey: 'Link: "{key}" is not something a link can set, so it was ignored',
  linkTaken: 'link: another map on this page already keeps its view in the address',
  play: 'Play',
  byEvent: 'One step per event · the lines lead to their dates',
  region: 'Region',
  /** The region select's options, in its order (see views/zoom.ts), separated by "|". */
  regions: 'The story’s region|World|South & Central Asia|Middle East|The Gulf|Asia-Pacific|Europe',
  regionOwn: 'Your view',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Back to the story’s region',
  zoomHint: 'Hold {key} and scroll to zoom the map',
  bordersNote:
    'Borders are Natural Earth’s de facto lines (Kashmir is divided along the Line of Control); they imply no endorsement.',
  credits: 'Map: Natural Earth (public domain), via world-atlas.',
  storyFrom: 'Story from',
  months: 'January February March April May June July August September October November December',
  dateDay: '{d} {month} {y}',
  dateMonth: '{month} {y}',
  rangeSameMonth: '{d1}–{rest}',
  range: '{from} – {to}',
  present: 'Present',
  presentLabel: 'Presentation',
  slideOf: 'Slide {n} of {total}',
  exitPresent: 'Exit (Esc)',
  notesButton: 'Notes (N)',
  speakerNotes: 'Speaker notes',
  noNotes: 'No speaker notes for this event.',
  discuss: 'Discuss',
  keyQuote: 'Key quote',
  blackedOut: 'Screen blacked out: press B or a forward key to come back',
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
