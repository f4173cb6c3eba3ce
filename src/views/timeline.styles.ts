import {css} from 'lit';

/**
 * The timeline: the slider with its event marks and time axis, then previous, play and next. Beside the slider
 * in a wide frame; on a phone, a row of thumb-sized buttons under it. Nothing in it changes size with the step,
 * so the buttons never move under a finger.
 */
export const timelineStyles = css`
  .timeline {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 6px 12px;
  }
  .track {
    position: relative;
    min-inline-size: 0;
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
  .marks,
  .axis,
  .scale-note {
    margin-inline: calc(var(--_thumb) / 2);
  }
  .marks {
    display: flex;
    justify-content: space-between;
    block-size: 6px;
  }
  .slot {
    position: relative;
    inline-size: 0;
  }
  .mark {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: -1px;
    inline-size: 2px;
    block-size: 6px;
    background: var(--_line);
  }
  .mark.past {
    background: var(--_muted);
  }
  .mark.background {
    block-size: 3px;
  }
  .axis {
    display: block;
    inline-size: calc(100% - var(--_thumb));
    block-size: 34px;
    overflow: visible;
  }
  .axis line {
    stroke: var(--_line);
    stroke-width: 1px;
  }
  .axis .fan.past {
    stroke: var(--_muted);
    stroke-opacity: 0.45;
  }
  .axis .fan.background {
    stroke-dasharray: 2 2;
  }
  .axis .fan.current {
    stroke: var(--_accent);
    stroke-width: 2px;
    stroke-opacity: 1;
  }
  .axis .base,
  .axis .year {
    stroke: var(--_muted);
  }
  .axis .now {
    fill: var(--_accent);
  }
  .axis text {
    fill: var(--_muted);
    font-size: 11px;
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .scale-note {
    margin-block: 0;
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .buttons {
    display: flex;
    gap: 6px;
  }
  .step {
    font-size: 1.3em;
    line-height: 1;
    flex: none;
  }
  .play {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding-inline: 10px 12px;
  }
  .glyph {
    inline-size: 14px;
    block-size: 14px;
    fill: currentColor;
  }
  .play[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_paper);
  }
  /* On a phone the buttons are thumb-sized, in their own row under the slider. */
  @container alignment (max-width: 599px) {
    .timeline {
      grid-template-columns: minmax(0, 1fr);
    }
    .buttons {
      justify-content: space-between;
    }
    .step {
      min-inline-size: 56px;
      min-block-size: 44px;
    }
    .play {
      flex: 1;
      max-inline-size: 180px;
      justify-content: center;
      min-block-size: 44px;
    }
  }
`;
