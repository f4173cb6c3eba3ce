import {css} from 'lit';

/** The search box in the toolbar; its list's styles arrive with it (search-list.styles.ts). */
export const searchStyles = css`
  .find {
    position: relative;
    flex: 1 1 10em;
    max-inline-size: 18em;
  }
  .find input {
    inline-size: 100%;
    min-block-size: 36px;
    padding: 0 10px;
    font: inherit;
    color: inherit;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  .find input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
`;
