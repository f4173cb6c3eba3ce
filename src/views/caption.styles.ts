import {css} from 'lit';

/** The caption of the current step, its corrections of the article, and source lists. */
export const captionStyles = css`
  .caption {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 12px;
  }
  .caption .when {
    margin: 0;
    color: var(--_muted);
    font-size: 0.87em;
  }
  .caption .title {
    margin: 2px 0 4px;
    font-size: 1.1em;
  }
  .caption .summary {
    margin: 0 0 6px;
  }
  .claim {
    margin: 8px 0;
    padding: 8px 10px;
    background: var(--_claim);
    color: var(--_claim-ink);
    border-radius: 6px;
    font-size: 0.93em;
  }
  .claim p {
    margin: 0 0 4px;
  }
  .sources {
    margin: 4px 0 0;
    font-size: 0.87em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .discuss {
    margin-block-start: 6px;
  }
  .discuss summary {
    cursor: pointer;
    font-weight: 600;
    inline-size: max-content;
  }
  .discuss ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
`;
