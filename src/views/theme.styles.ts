import {css, unsafeCSS, type CSSResult} from 'lit';
import {themes} from './theme.js';

function variables(theme: Readonly<Record<string, string>>): CSSResult {
  return unsafeCSS(Object.entries(theme).map(([name, value]) => `--_${name}:var(--alignment-${name},${value});`).join(''));
}

const dark = variables(themes.dark);

/**
 * The theme: light, dark from `prefers-color-scheme`, or the one the `theme` attribute names. `color-scheme`
 * makes the native slider, text fields and scrollbars follow. Hover lightens on a dark map and darkens on a
 * light one.
 */
export const themeStyles = css`
  :host {
    color-scheme: light;
    --_hover: 0.92;
    ${variables(themes.light)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      --_hover: 1.25;
      ${dark}
    }
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_hover: 1.25;
    ${dark}
  }
`;
