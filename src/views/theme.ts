/**
 * The element's colours in each theme. Each is the default of a public custom property `--alignment-NAME`,
 * read through a private `--_NAME`, so a page can restyle one colour without restating the rest; a colour
 * defined from another (`border` from `paper`) follows it when a page restyles that one.
 * Bloc colours come from the story, and one palette serves both themes: the palette test checks every bloc
 * colour against both neutrals.
 */
export const themes = {
  light: {
    ink: '#1d232a',
    paper: '#fff',
    muted: '#59636e',
    line: '#d5dbe1',
    neutral: '#dde1e5',
    border: 'var(--_paper)',
    accent: 'var(--_ink)',
    focus: '#005fcc',
    raised: '#f4f6f8',
    claim: '#fff7e0',
    'claim-ink': 'var(--_ink)',
    error: '#fdf0ef',
    'error-ink': '#5c1410',
    'error-line': '#b3261e',
    highlight: '#fff1b8',
    hatch: 'var(--_paper)',
    shadow: 'rgb(0 0 0 / 0.18)',
  },
  /** Only what differs: the rest follows the colours it is defined from. */
  dark: {
    ink: '#e4e8ec',
    paper: '#15191d',
    muted: '#a1abb5',
    line: '#3d454e',
    neutral: '#3b434c',
    focus: '#7ab8ff',
    raised: '#242a31',
    claim: '#3a2f12',
    'claim-ink': '#f5ecd2',
    error: '#3d1715',
    'error-ink': '#ffd8d3',
    'error-line': '#e0726a',
    highlight: '#433a12',
    shadow: 'rgb(0 0 0 / 0.6)',
  },
} as const;

/** The names a theme gives a colour. */
export type ColourName = keyof (typeof themes)['light'];

/** The values of the `theme` attribute. */
export const themeNames = ['light', 'dark', 'auto'] as const;
