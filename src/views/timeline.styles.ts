import {css} from 'lit';

/** The timeline: previous and next buttons around a native range input, with event marks and year labels. */
export const timelineStyles = css`
  .timeline {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .track {
    position: relative;
    flex: 1;
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
  @container alignment (max-width: 639px) {
    .year.level-0 {
      display: none;
    }
  }
  @container alignment (max-width: 379px) {
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
  .step {
    font-size: 1.3em;
    line-height: 1;
    flex: none;
  }
  /* On a phone the buttons are thumb-sized. */
  @container alignment (max-width: 599px) {
    .step {
      min-inline-size: 48px;
      min-block-size: 44px;
    }
  }
`;
