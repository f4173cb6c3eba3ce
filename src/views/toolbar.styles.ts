import {css} from 'lit';

/** The toolbar above the map and its "More" menu. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    font-size: 0.93em;
  }
  .toolbar > button,
  .more > button {
    padding-inline: 10px;
  }
  .more {
    position: relative;
    margin-inline-start: auto;
  }
  .menu {
    position: absolute;
    z-index: 4;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    min-inline-size: 200px;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 8px;
    box-shadow: 0 6px 24px var(--_shadow);
  }
  .menu[hidden] {
    display: none;
  }
  .menu button {
    display: block;
    inline-size: 100%;
    border: none;
    text-align: start;
    padding-inline: 10px;
  }
  .menu button:hover {
    background: var(--_raised);
  }
`;
