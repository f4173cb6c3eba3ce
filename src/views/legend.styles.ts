import {css} from 'lit';

/**
 * The legend. In one column it is a single row that scrolls sideways, so that a bloc appearing on a step
 * never pushes the timeline down under a reader's thumb; beside the map it wraps freely.
 */
export const legendStyles = css`
  .legend {
    display: flex;
    gap: 2px 8px;
    margin: 0;
    padding: 4px;
    margin-inline: -4px;
    list-style: none;
    font-size: 0.87em;
    flex-wrap: nowrap;
    overflow-x: auto;
    scrollbar-width: thin;
    white-space: nowrap;
  }
  @container alignment (min-width: 900px) {
    .legend {
      flex-wrap: wrap;
      overflow-x: visible;
      white-space: normal;
    }
    /* A longer label (a badge's date in Russian) wraps inside its entry rather than running out of the column. */
    .legend li {
      flex: 0 1 auto;
      max-inline-size: 100%;
    }
    .legend .entry {
      flex-wrap: wrap;
      row-gap: 2px;
    }
  }
  .legend li {
    flex: none;
  }
  /* An entry is a button that picks its countries out on the map; it looks like a key, not a control. */
  .legend .entry {
    display: flex;
    align-items: center;
    gap: 6px;
    min-inline-size: 0;
    min-block-size: 28px;
    padding: 0 6px;
    border-color: transparent;
    background: none;
    text-align: start;
  }
  /* The keys to stripes and rings explain the map's marks; they pick nothing out, but line up with the entries. */
  .legend .key-note {
    display: flex;
    align-items: center;
    gap: 6px;
    min-block-size: 28px;
    padding: 0 7px;
  }
  .legend .entry:hover {
    background: var(--_raised);
  }
  .legend .entry[aria-pressed='true'] {
    border-color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    inline-size: 14px;
    block-size: 14px;
    flex: none;
    vertical-align: -2px;
  }
  /* The map's ring keeps a size on screen through the zoom; the key's ring fits its 14-unit box. */
  .swatch .overlap {
    r: 5px;
  }
  .swatch .stripe-a {
    fill: var(--_neutral);
  }
  .swatch .stripe-b {
    fill: var(--_muted);
  }
  .swatch.none rect {
    fill: var(--_neutral);
  }
  .count {
    color: var(--_muted);
  }
  .groups {
    margin-top: 6px;
    font-size: 0.87em;
  }
  .groups summary {
    cursor: pointer;
    color: var(--_muted);
    inline-size: max-content;
  }
  .groups dl {
    margin: 6px 0 0;
  }
  .groups dt {
    font-weight: 600;
  }
  .groups dd {
    margin: 0 0 6px;
    margin-inline-start: 20px;
  }
`;
