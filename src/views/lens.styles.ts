import {css} from 'lit';

/**
 * The lens legend and the claim-and-evidence table. They arrive with the lens chunk and are adopted then. In
 * one column the legend's entries keep to the bloc legend's single row that scrolls sideways; its notes and
 * sources wrap below it, since they are sentences a reader must be able to read whole.
 */
export const lensStyles = css`
  /* Unlike the bloc legend's fixed row, a lens's legend grows to hold its notes: they change only when the lens
     or the data's years do, not at every step. */
  .key.lens-key {
    block-size: auto;
    overflow: visible;
  }
  .lens-key > :not(.legend) {
    margin-inline: var(--_gutter);
  }
  /* A scale of a few steps wraps, so that both its ends show on a phone; institutions keep to one row. */
  .lens-key .legend:not(:has(.lens-group)) {
    flex-wrap: wrap;
  }
  .lens-key .lens-title {
    margin-block: 0;
    font-weight: 600;
    font-size: 0.87em;
  }
  .lens-group {
    display: flex;
    align-items: center;
    gap: 2px 6px;
  }
  .lens-group-name {
    color: var(--_muted);
  }
  .lens-group ul {
    display: flex;
    gap: 2px 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Beside the map, an institution per line, its tiers wrapping under its name. */
  @container alignment (min-width: 900px) {
    .lens-key > :not(.legend) {
      margin-inline: 0;
    }
    /* An institution's name and its tiers flow as a line of text, so that the panel above keeps its height. */
    .legend .lens-group {
      display: block;
      flex: 1 1 100%;
      min-inline-size: 0;
      line-height: 1.7;
    }
    .lens-group ul {
      display: inline;
    }
    .legend .lens-group .key-note {
      display: inline;
      padding-inline: 6px 0;
      white-space: nowrap;
    }
    .lens-group .swatch {
      margin-inline-end: 4px;
    }
    /* The vote scale reads in order, one step per line, from one end to the other. */
    .lens-key .legend > .key-note {
      flex-basis: 100%;
    }
  }
  .lens-notes {
    margin: 2px 0 6px;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .lens-evidence {
    padding-inline: 10px;
  }
  .evidence {
    margin-block-end: 12px;
    padding-block-end: 8px;
    border-block-end: 1px solid var(--_line);
    font-size: 0.87em;
  }
  .evidence-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .evidence h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .evidence table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .evidence th,
  .evidence td {
    padding: 4px 6px 4px 0;
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_line);
  }
  .evidence thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .evidence th[scope='colgroup'] {
    padding-block-start: 10px;
  }
  @container alignment (max-width: 599px) {
    .lens-evidence,
    .evidence-close {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
  }
`;
