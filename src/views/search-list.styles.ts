import {css} from 'lit';

/** The search box's list, over the map. */
export const searchListStyles = css`
  .find ul {
    position: absolute;
    z-index: 5;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    min-inline-size: 100%;
    max-block-size: min(280px, 50vh);
    overflow: auto;
    overscroll-behavior: contain;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
  .find ul[hidden] {
    display: none;
  }
  .find li {
    padding: 6px 10px;
    border-radius: 4px;
    cursor: pointer;
    white-space: nowrap;
  }
  .find li:hover {
    background: var(--_raised);
  }
  .find li[aria-selected='true'] {
    background: var(--_raised);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
`;
