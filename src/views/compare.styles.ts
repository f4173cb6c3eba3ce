import {css} from 'lit';

/** The comparison's two selects in the toolbar, and its list of changes in the panel. */
export const compareStyles = css`
  /* After the More menu, on a row of its own: a fieldset would otherwise refuse to shrink below its content. */
  .compare {
    order: 1;
    min-inline-size: 0;
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: end;
    gap: 6px 10px;
    margin: 0;
    padding: 6px 0 0;
    border: none;
    border-block-start: 1px solid var(--_line);
  }
  .compare label {
    display: flex;
    flex: 1 1 14em;
    flex-direction: column;
    min-inline-size: 0;
    font-size: 0.87em;
    color: var(--_muted);
  }
  .compare select {
    min-block-size: 36px;
    max-inline-size: 100%;
    font: inherit;
    font-size: 1.07em;
    color: var(--_ink);
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  .changes {
    margin-block-end: 12px;
    padding-block-end: 8px;
    border-block-end: 1px solid var(--_line);
  }
  .changes h3 {
    margin: 0;
    font-size: 1em;
  }
  .changes p {
    margin: 2px 0 6px;
  }
  .changes ul {
    margin: 0;
    padding-inline-start: 18px;
    font-size: 0.93em;
  }
  .changes li {
    margin-block-end: 4px;
  }
  .changes .country {
    min-block-size: 24px;
    min-inline-size: 0;
    padding: 0;
    border: none;
    background: none;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
`;
