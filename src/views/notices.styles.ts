import {css} from 'lit';

/** Errors and notices inside the element. */
export const noticeStyles = css`
  .notice {
    padding: 10px 14px;
    border: 1px solid var(--_error-line);
    border-radius: 8px;
    background: var(--_error);
    color: var(--_error-ink);
  }
  .notice .heading {
    margin: 0 0 6px;
    font-weight: 600;
  }
  .notice p {
    margin: 0 0 4px;
  }
  .notice ul {
    margin: 0 0 8px;
    padding-inline-start: 18px;
  }
  .notice code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
