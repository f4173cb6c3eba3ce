import {css} from 'lit';

/**
 * Styles of <alignment-map>. Theming goes through the custom properties documented on the element; layout
 * uses logical properties (inline-start/end) so that a right-to-left page mirrors everything but the map.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_muted: var(--alignment-muted, #59636e);
    --_line: var(--alignment-line, #d5dbe1);
    --_neutral: var(--alignment-neutral, #dde1e5);
    --_border: var(--alignment-border, #fff);
    --_accent: var(--alignment-accent, #1d232a);
    --_focus: var(--alignment-focus, #005fcc);
  }
  /* Text styles are set here rather than on :host: a page rule such as "* { font-size: 31px !important }"
     matches the host element itself and would win there, but cannot reach into the shadow root. */
  .frame {
    font: 400 15px/1.45 var(--alignment-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    color: var(--alignment-ink, #1d232a);
    background: var(--alignment-paper, #fff);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    font-style: normal;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .popup .badge {
    text-transform: none;
    letter-spacing: normal;
    border: none;
    padding: 0;
    font-style: italic;
  }
  div.story h2 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
  }
  div.story p {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .stage {
    position: relative;
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    outline: none;
  }
  .country {
    stroke: var(--_border);
    stroke-width: 0.5px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  .country[data-bloc='none'] {
    fill: var(--_neutral);
  }
  .country.unnamed {
    cursor: default;
  }
  .country:hover {
    filter: brightness(0.92);
  }
  .country:focus-visible {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .dot {
    stroke: transparent;
    stroke-width: 14px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .dot[data-bloc='none'] {
    fill: var(--_muted);
    opacity: 0.5;
  }
  .selected {
    fill: none;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .country[data-involved] {
    stroke: var(--_accent);
    stroke-width: 1.25px;
  }
  .selected {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .pin {
    cursor: pointer;
    outline: none;
  }
  .pin path {
    fill: var(--_accent);
    stroke: #fff;
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .pin .eye {
    fill: #fff;
  }
  .pin .hit {
    fill: transparent;
  }
  .pin:focus-visible path {
    stroke: var(--_focus);
    stroke-width: 3px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.87em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    display: inline-block;
    inline-size: 14px;
    block-size: 14px;
    flex: none;
    vertical-align: -2px;
  }
  .swatch.none rect {
    fill: var(--_neutral);
  }
  .count {
    color: var(--_muted);
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

  .timeline {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .track {
    position: relative;
    flex: 1;
    --_thumb: 22px;
  }
  .track input {
    display: block;
    inline-size: 100%;
    block-size: var(--_thumb);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .marks {
    display: flex;
    justify-content: space-between;
    block-size: 24px;
    margin-inline: calc(var(--_thumb) / 2);
  }
  .slot {
    position: relative;
    display: flex;
    justify-content: center;
    inline-size: 0;
  }
  .mark {
    position: absolute;
    inset-block-start: 0;
    inline-size: 2px;
    block-size: 7px;
    background: var(--_line);
  }
  .mark.past {
    background: var(--_muted);
  }
  .mark.background {
    block-size: 4px;
  }
  @container (max-width: 639px) {
    .year.level-0 {
      display: none;
    }
  }
  @container (max-width: 379px) {
    .year.level-1 {
      display: none;
    }
  }
  .year {
    margin-block-start: 9px;
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_paper, transparent);
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
  button:focus-visible,
  input:focus-visible,
  a:focus-visible,
  .popup:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .step {
    font-size: 1.3em;
    line-height: 1;
  }

  .caption {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 12px;
  }
  .caption .when {
    margin: 0;
    color: var(--_muted);
    font-size: 0.87em;
  }
  .caption .title {
    margin: 2px 0 4px;
    font-size: 1.1em;
  }
  .caption .summary {
    margin: 0 0 6px;
  }
  .claim {
    margin: 8px 0;
    padding: 8px 10px;
    background: #fff7e0;
    border-radius: 6px;
    font-size: 0.93em;
  }
  .claim p {
    margin: 0 0 4px;
  }
  .label {
    font-weight: 600;
  }
  /* Story text set inline beside interface text: a right-to-left run or an override character stays inside. */
  q,
  strong,
  .name,
  .unlinked,
  .sources a {
    unicode-bidi: isolate;
  }
  .sources {
    margin: 4px 0 0;
    font-size: 0.87em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  a {
    color: inherit;
  }

  .popup {
    position: absolute;
    inset-block: 8px;
    inline-size: min(340px, 48%);
    overflow: auto;
    padding: 10px 14px;
    background: var(--alignment-paper, #fff);
    border: 1px solid var(--_line);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font-size: 0.93em;
  }
  .popup.left {
    left: 8px;
  }
  .popup.right {
    right: 8px;
  }
  .popup .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .popup h3 {
    margin: 4px 0;
    font-size: 1.15em;
  }
  .popup h4 {
    margin: 10px 0 4px;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  .popup p {
    margin: 0 0 4px;
  }
  .popup .close {
    font-size: 1.3em;
    line-height: 1;
  }
  .memberships {
    margin: 0;
    padding-inline-start: 18px;
  }
  .quote {
    margin: 0 0 10px;
  }
  .quote blockquote {
    margin: 0;
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--_line);
    font-style: italic;
  }
  .quote blockquote::before {
    content: open-quote;
  }
  .quote blockquote::after {
    content: close-quote;
  }
  .quote figcaption {
    margin-top: 2px;
    font-size: 0.93em;
  }
  .note {
    font-size: 0.87em;
    color: var(--_muted);
  }
  .muted,
  .sub {
    color: var(--_muted);
  }
  @container (max-width: 719px) {
    .popup {
      position: static;
      inline-size: auto;
      margin-top: 8px;
      max-block-size: 70vh;
    }
  }

  .notice {
    padding: 10px 14px;
    border: 1px solid #b3261e;
    border-radius: 8px;
    background: #fdf0ef;
    color: #5c1410;
  }
  .notice .heading {
    margin: 0 0 6px;
    font-weight: 600;
  }
  .notice ul {
    margin: 0 0 8px;
    padding-inline-start: 18px;
  }
  .notice code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .tip {
    position: absolute;
    inset-block-start: 0;
    left: 0;
    z-index: 1;
    max-width: 60%;
    padding: 3px 8px;
    transform: translate(-50%, calc(-100% - 10px));
    background: var(--alignment-ink, #1d232a);
    color: var(--alignment-paper, #fff);
    border-radius: 4px;
    font-size: 0.85em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  .tip.start {
    transform: translate(-8px, calc(-100% - 10px));
  }
  .tip.end {
    transform: translate(calc(-100% + 8px), calc(-100% - 10px));
  }
  .tip.below {
    transform: translate(-50%, 18px);
  }
  .tip.start.below {
    transform: translate(-8px, 18px);
  }
  .tip.end.below {
    transform: translate(calc(-100% + 8px), 18px);
  }
  .groups {
    margin-top: 6px;
    font-size: 0.87em;
  }
  .groups summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .groups dl {
    margin: 6px 0 0;
  }
  .groups dt {
    font-weight: 600;
  }
  .groups dd {
    margin: 0 0 6px;
    margin-inline-start: 20px;
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
`;
