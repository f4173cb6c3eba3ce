import {css} from 'lit';

/** The map: countries, small-state dots, the selection, pins and the tooltip. */
export const worldStyles = css`
  svg.map {
    display: block;
    inline-size: 100%;
    block-size: auto;
    outline: none;
    touch-action: manipulation;
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
  /* The hatch of an opinion, on the map and in its keys: the paper's colour, so it reads as a lighter, broken
     fill in either theme and in greyscale print. */
  .hatch {
    fill: var(--_hatch);
    fill-opacity: 0.65;
  }
  .overlap {
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
