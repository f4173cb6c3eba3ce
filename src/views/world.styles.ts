import {css} from 'lit';

/**
 * The map: countries, small-state dots, the selection, pins and the tooltip.
 *
 * The zoom controller sets `--_px`, the map's units per screen pixel at the current zoom. Strokes keep their
 * width with non-scaling-stroke; dots and pins are sized in `--_px` so that they keep theirs too, and a small
 * state stays a target a thumb can hit however far the map is zoomed. The fallback suits a news column's
 * width for the moment before the map is measured.
 */
export const worldStyles = css`
  svg.map {
    display: block;
    inline-size: 100%;
    block-size: auto;
    outline: none;
    /* One finger scrolls the page past the map; two pan and pinch it (see ZoomController). */
    touch-action: pan-x pan-y;
    -webkit-user-select: none;
    user-select: none;
  }
  /* On a phone the stage is 4:3 rather than the world's 2.2:1, so that the story's region fills a screen's width
     at a height a thumb can still scroll past. */
  @container alignment (max-width: 599px) {
    svg.map {
      aspect-ratio: 4 / 3;
    }
  }
  .country {
    stroke: var(--_border);
    stroke-width: 0.5px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  .country[data-bloc='none']:not([data-lens]),
  .country[data-lens]:not([fill]) {
    fill: var(--_neutral);
  }
  .country.unnamed {
    cursor: default;
  }
  .country:hover {
    filter: brightness(var(--_hover));
  }
  .country:focus-visible {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .country[data-involved] {
    stroke: var(--_accent);
    stroke-width: 1.25px;
  }
  /* A grey dot is 5 px across and a coloured one 10; the transparent stroke makes each a 24–26 px target. */
  .dot {
    r: calc(var(--_px, 2) * 2.5px);
    stroke: transparent;
    stroke-width: 19px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .dot:not([data-bloc='none']) {
    r: calc(var(--_px, 2) * 5px);
    stroke-width: 16px;
  }
  .dot[data-bloc='none']:not([data-lens]),
  .dot[data-lens]:not([fill]) {
    fill: var(--_muted);
    opacity: 0.5;
  }
  /* The hatch of an opinion, on the map and in its keys: the paper's colour, so it reads as a lighter, broken
     fill in either theme and in greyscale print. */
  .hatch {
    fill: var(--_hatch);
    fill-opacity: 0.65;
  }
  /* The ring keeps its size on screen at any zoom, like the dots: 5 px across its radius. */
  .overlap {
    r: calc(var(--_px, 2) * 5px);
    fill: var(--_paper);
    stroke: var(--_ink);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .selected {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .pin {
    cursor: pointer;
    outline: none;
  }
  /* The pin's shape is 92 units tall: 26 px on screen at any zoom. */
  .pin .shape {
    transform: scale(calc(var(--_px, 2) * 0.28));
  }
  .pin path {
    fill: var(--_accent);
    stroke: var(--_paper);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .pin .eye {
    fill: var(--_paper);
  }
  .pin .hit {
    fill: transparent;
  }
  .pin:focus-visible path {
    stroke: var(--_focus);
    stroke-width: 3px;
  }

  .tip {
    position: absolute;
    inset-block-start: 0;
    left: 0;
    z-index: 2;
    max-inline-size: 60%;
    padding: 3px 8px;
    transform: translate(-50%, calc(-100% - 10px));
    background: var(--_ink);
    color: var(--_paper);
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
`;
