import {css} from 'lit';

/**
 * The table view, in place of the map: the map keeps its box (hidden, so neither pointer nor keyboard reach
 * it) and the table scrolls within the stage, which grows to a readable height.
 */
export const tableStyles = css`
  .stage:has(> .table-view) {
    min-block-size: min(440px, 75vh);
  }
  .stage:has(> .table-view) svg.map {
    visibility: hidden;
  }
  .table-view {
    position: absolute;
    inset: 0;
    z-index: 2;
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 6px;
  }
  .table-view table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.93em;
  }
  .table-view caption {
    padding: 8px 10px;
    text-align: start;
    font-weight: 600;
  }
  .table-view th,
  .table-view td {
    padding: 4px 10px;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_line);
  }
  .table-view thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding: 0;
    background: var(--_paper);
    box-shadow: inset 0 -1px 0 var(--_muted);
  }
  .table-view .sort {
    display: flex;
    gap: 6px;
    align-items: center;
    inline-size: 100%;
    padding: 0 10px;
    border: none;
    border-radius: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .table-view .arrow {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .table-view tbody th {
    font-weight: 400;
  }
  /* Rows are far enough apart that a 24 px target around each name touches no other. */
  .table-view .country {
    min-block-size: 0;
    line-height: inherit;
    padding: 0;
    border: none;
    background: none;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .table-view .bloc .swatch {
    margin-inline-end: 4px;
  }
  @container alignment (max-width: 599px) {
    .table-view table {
      font-size: 0.87em;
    }
    .table-view th,
    .table-view td,
    .table-view .sort {
      padding-inline: 6px;
    }
  }
`;
