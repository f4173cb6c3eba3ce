import {css} from 'lit';

/**
 * The element's frame (its colours are in theme.styles.ts): a text reset that hostile page CSS cannot undo, and the layout.
 *
 * One column below 900 px of the element's own width (an embed knows its column, not the screen): header,
 * toolbar, map, legend, timeline, then the caption, so that nothing a step changes sits above the buttons a
 * thumb taps. The map spans the full width; every other part keeps `--alignment-gutter` from the edges, so a
 * page can pull the element to a phone's edges and still have its text inset.
 *
 * From 900 px the caption and the legend sit beside the map, so the map, the timeline and the current event
 * are seen together. The caption takes the top of that column and the legend its foot, level with the
 * timeline: a bloc that joins the legend on a step grows it upwards, into the caption's scrolling box, and
 * moves neither the map, the slider, nor the top of the caption. Layout uses logical properties, so a
 * right-to-left frame mirrors everything but the map.
 */
export const frameStyles = css`
  :host {
    display: block;
    container: alignment / inline-size;
    --_gutter: var(--alignment-gutter, 0px);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Text styles are set here rather than on :host: a page rule such as "* { font-size: 31px !important }"
     matches the host element itself and would win there, but cannot reach into the shadow root. The shorthand
     resets every font property; the family is then the page's (--alignment-font, when set): a var() with no
     value and no fallback leaves the property unset, and font-family inherits. Size and spacing stay ours. */
  .frame {
    font: 400 var(--alignment-font-size, 15px) / 1.45 sans-serif;
    font-family: var(--alignment-font);
    color: var(--_ink);
    background: var(--_paper);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    font-style: normal;
    visibility: visible;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'notices' 'toolbar' 'stage' 'legend' 'controls' 'panel' 'footer';
    gap: 0 10px;
  }
  /* Space above each part but the first, rather than a row gap: a part that is not shown (no header, no notices)
     then leaves no gap, and a map whose article hides its header starts at its top edge. */
  .frame > * + * {
    margin-block-start: 10px;
  }
  .frame > :not(.stage, .key) {
    margin-inline: var(--_gutter);
  }
  .key .legend {
    padding-inline: var(--_gutter);
  }
  .header {
    grid-area: header;
  }
  .notice {
    grid-area: notices;
  }
  .toolbar {
    grid-area: toolbar;
  }
  .stage {
    grid-area: stage;
    position: relative;
    min-inline-size: 0;
  }
  /* One row of fixed height, whatever it holds on a step, its scrollbar included. */
  .key {
    grid-area: legend;
    min-inline-size: 0;
    block-size: 2.2em;
    overflow: hidden;
  }
  .timeline {
    grid-area: controls;
  }
  .panel {
    grid-area: panel;
    min-inline-size: 0;
  }
  .footer {
    grid-area: footer;
  }
  @container alignment (min-width: 900px) {
    .frame {
      grid-template-columns: minmax(0, 1fr) clamp(280px, 32%, 380px);
      grid-template-rows: auto auto auto 1fr auto auto auto;
      grid-template-areas: 'header header' 'notices notices' 'toolbar toolbar' 'stage panel' 'stage legend' 'controls legend' 'footer footer';
      column-gap: 20px;
      padding-inline: var(--_gutter);
    }
    .frame > :not(.stage, .key),
    .key .legend {
      margin-inline: 0;
      padding-inline: 0;
    }
    .key {
      block-size: auto;
      overflow: visible;
      align-self: end;
    }
    /* The caption takes the height the map leaves it and scrolls within it: its length never moves the map or
       the buttons, and its layout stays its own. */
    .panel {
      contain: size layout paint;
      overflow: auto;
      overscroll-behavior: contain;
      min-block-size: 120px;
    }
  }

  .header h2 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
  }
  .header p {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .header details {
    margin-block-start: 2px;
    color: var(--_muted);
  }
  .header summary {
    cursor: pointer;
    font-size: 0.93em;
    inline-size: max-content;
  }
  /* On a phone the intro keeps to two lines until the reader asks for more, and the parts sit closer. */
  @container alignment (max-width: 599px) {
    .frame > * + * {
      margin-block-start: 8px;
    }
    .header h2 {
      font-size: 1.07em;
    }
    .header > p {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }
    .header:has(details[open]) > p {
      display: block;
    }
  }

  button {
    font: inherit;
    color: inherit;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
    min-inline-size: 36px;
    min-block-size: 36px;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    background: var(--_raised);
    border-color: var(--_muted);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  .badge {
    display: inline-block;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .label {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Story text set inline beside interface text: a right-to-left run or an override character stays inside. */
  q,
  strong,
  .name,
  .unlinked,
  .sources a {
    unicode-bidi: isolate;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .footer {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .footer p {
    margin: 2px 0;
  }
  .footer .updates {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_ink);
  }
  .footer .updates time {
    font-weight: 600;
  }
`;
