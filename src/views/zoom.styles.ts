import {css} from 'lit';

/** The zoom buttons and the region select over the map, and the wheel hint. */
export const zoomStyles = css`
  .zoom-buttons {
    position: absolute;
    z-index: 1;
    inset-block-end: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom-buttons button {
    display: grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    padding: 0;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
  }
  .zoom-buttons button[aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  .icon {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8px;
    stroke-linecap: round;
  }
  /* On a phone the buttons lie along the bottom, where they hide the least of a 4:3 map. */
  @container alignment (max-width: 599px) {
    .zoom-buttons {
      flex-direction: row;
    }
    .zoom-buttons button {
      inline-size: 40px;
      block-size: 40px;
    }
  }
  .zoom-hint {
    position: absolute;
    z-index: 2;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    margin: 0;
    padding: 8px 14px;
    max-inline-size: 80%;
    background: var(--_ink);
    color: var(--_paper);
    border-radius: 6px;
    text-align: center;
    pointer-events: none;
  }
  /* The region select sits over the map's lower left corner, across from the zoom buttons: the toolbar above
     the map then fits one row on a phone, and the timeline stays on screen under the map. */
  .region {
    position: absolute;
    z-index: 1;
    inset-block-end: 8px;
    inset-inline-start: 8px;
    display: inline-flex;
    align-items: center;
    max-inline-size: calc(100% - 150px);
  }
  .region .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .region select {
    font: inherit;
    color: inherit;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
    min-block-size: 36px;
    padding-inline: 6px;
    max-inline-size: 100%;
    box-shadow: 0 1px 4px var(--_shadow);
  }
`;
