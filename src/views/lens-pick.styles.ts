import {css} from 'lit';

/** The "Colour by" control in the toolbar: 36 px tall like its neighbours, a 44 px target on a phone-sized map. */
export const lensPickStyles = css`
  .lens-pick {
    display: flex;
    align-items: center;
    gap: 6px;
    min-inline-size: 0;
  }
  .lens-pick select {
    min-block-size: 36px;
    max-inline-size: 12em;
    font: inherit;
    color: inherit;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  @container alignment (max-width: 599px) {
    .lens-pick-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .lens-pick select {
      min-block-size: 44px;
      max-inline-size: 7.5em;
    }
    /* The search box gives up width, rather than the More menu a row, so that the toolbar keeps to one row. */
    .toolbar:has(.lens-pick) .find {
      flex-basis: 4em;
    }
  }
`;
