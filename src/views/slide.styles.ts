import {css} from 'lit';

/**
 * Presentation mode, adopted when its chunk arrives. The element fills the window (full screen, where the
 * browser allows it, does the same from the top layer); `!important` on the host is how a shadow root's rule
 * wins over a page's. Type scales with the screen's shorter side, so that the caption is 27 px at 1080p and
 * readable from the back of a room; secondary text is darkened to keep every text at 7:1 or more.
 * Landscape: the map, its legend and the key quote on the left, the slide on the right, the timeline along the
 * bottom. Portrait: stacked.
 */
export const slideStyles = css`
  :host([present]) {
    position: fixed !important;
    inset: 0 !important;
    z-index: 2147483647 !important;
    display: block !important;
    inline-size: auto !important;
    block-size: auto !important;
    max-inline-size: none !important;
    margin: 0 !important;
    overflow: hidden !important;
    background: var(--_paper);
  }
  :host([present]) .frame {
    --_muted: color-mix(in srgb, var(--_ink) 85%, var(--_paper));
    block-size: 100%;
    font-size: clamp(16px, 2.5vmin, 54px);
    line-height: 1.35;
    padding: 2vmin 3vmin;
    gap: 1.5vmin 3vmin;
    grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'stage slide' 'legend slide' 'quote slide' 'controls controls';
  }
  @media (orientation: portrait) {
    :host([present]) .frame {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto auto auto minmax(0, 1fr) auto;
      grid-template-areas: 'stage' 'legend' 'quote' 'slide' 'controls';
    }
  }
  :host([present]) :is(.header, .notice, .toolbar, .panel, .footer) {
    display: none;
  }
  /* The map keeps its place from slide to slide; a key quote, when there is one, fills the room under it. */
  :host([present]) .stage {
    min-block-size: 0;
  }
  :host([present]) .legend {
    flex-wrap: wrap;
    overflow: visible;
    white-space: normal;
    gap: 0.2em 0.9em;
    font-size: 0.75em;
  }
  :host([present]) .swatch {
    inline-size: 0.9em;
    block-size: 0.9em;
  }
  :host([present]) button {
    min-inline-size: 1.8em;
    min-block-size: 1.8em;
  }
  :host([present]) .timeline .step {
    font-size: 1.2em;
  }

  .slide {
    grid-area: slide;
    position: relative;
    min-block-size: 0;
    overflow: auto;
    font-size: calc(var(--fit, 1) * 1em);
  }
  .slide:focus-visible {
    outline: none;
  }
  .slide-bar {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.7em;
  }
  .slide-bar button {
    padding-inline: 0.6em;
  }
  .progress {
    margin: 0;
    margin-inline-end: auto;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .slide-text {
    margin-block-start: 0.6em;
    padding-inline-start: 0.7em;
    border-inline-start: 0.15em solid var(--_accent);
  }
  /* The caption's date line is as large as its text: a slide that shrinks to fit keeps it at 24 px at 1080p. */
  .slide .when {
    margin: 0;
    font-size: 1em;
    color: var(--_muted);
  }
  .slide .title {
    margin: 0.1em 0 0.3em;
    font-size: 1.35em;
    line-height: 1.15;
  }
  .slide .summary {
    margin: 0 0 0.6em;
  }
  .key-quote {
    grid-area: quote;
    min-block-size: 0;
    margin: 0;
    overflow: auto;
  }
  .key-quote blockquote {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.3;
    font-style: italic;
  }
  .key-quote blockquote::before {
    content: open-quote;
  }
  .key-quote blockquote::after {
    content: close-quote;
  }
  .key-quote figcaption {
    margin-block-start: 0.3em;
    font-size: 0.9em;
  }
  .key-quote .note {
    margin: 0.3em 0 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .slide .claim {
    margin: 0.4em 0;
    padding: 0.3em 0.5em;
    font-size: 0.8em;
  }
  .slide .claim p {
    margin: 0 0 0.15em;
  }
  .prompts h4,
  .notes h4 {
    margin: 0.6em 0 0.2em;
    font-size: 0.9em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .prompts ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .prompts li {
    margin-block-end: 0.2em;
  }
  .slide .sources {
    font-size: 0.7em;
  }
  .notes {
    position: fixed;
    inset-inline: 3vmin;
    inset-block-end: 2vmin;
    z-index: 5;
    max-block-size: 45%;
    overflow: auto;
    padding: 0.4em 1em 0.8em;
    background: var(--_ink);
    color: var(--_paper);
    border-radius: 0.3em;
    font-size: 0.9em;
  }
  .notes h4 {
    margin-block-start: 0.3em;
  }
  .notes p {
    margin: 0;
    white-space: pre-line;
  }
  .blackout {
    position: fixed;
    inset: 0;
    z-index: 10;
    background: #000;
    cursor: none;
  }
`;
