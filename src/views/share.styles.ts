import {css} from 'lit';

/** The Share item's status and its fallback field in the toolbar; a quote that a link opened. */
export const shareStyles = css`
  .share-status {
    color: var(--_muted);
  }
  .share-link {
    flex: 1 1 16em;
    min-inline-size: 0;
    padding: 6px 8px;
    font: inherit;
    color: inherit;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  .quote.highlight {
    background: var(--_highlight);
    box-shadow: 0 0 0 6px var(--_highlight);
    border-radius: 2px;
  }
`;
