import {css} from 'lit';

/**
 * A country's or a pin's popup: a panel over the half of the map away from its country, or, in a phone-sized
 * frame, a bottom sheet that leaves the map above it in view.
 */
export const popupStyles = css`
  .popup {
    position: absolute;
    z-index: 3;
    inset-block: 8px;
    inline-size: min(340px, 48%);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 10px 14px;
    background: var(--_paper);
    color: var(--_ink);
    border: 1px solid var(--_line);
    border-radius: 8px;
    box-shadow: 0 6px 24px var(--_shadow);
    font-size: 0.93em;
  }
  .popup.left {
    left: 8px;
  }
  .popup.right {
    right: 8px;
  }
  @container alignment (max-width: 599px) {
    .popup,
    .popup.left,
    .popup.right {
      position: fixed;
      inset: auto 0 0 0;
      inline-size: auto;
      max-block-size: 62vh;
      border-radius: 14px 14px 0 0;
      box-shadow: 0 -6px 24px var(--_shadow);
      padding-block-end: max(12px, env(safe-area-inset-bottom));
    }
  }
  .popup .head {
    position: sticky;
    inset-block-start: -10px;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    margin-block-start: -10px;
    padding-block-start: 10px;
    background: var(--_paper);
  }
  .popup h3 {
    margin: 4px 0;
    font-size: 1.15em;
  }
  .popup h4 {
    margin: 10px 0 4px;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  .popup p {
    margin: 0 0 4px;
  }
  .popup .close {
    font-size: 1.3em;
    line-height: 1;
    flex: none;
  }
  .popup .badge {
    text-transform: none;
    letter-spacing: normal;
    border: none;
    padding: 0;
    font-style: italic;
  }
  .memberships {
    margin: 0;
    padding-inline-start: 18px;
  }
  .quote {
    margin: 0 0 10px;
  }
  .quote blockquote {
    margin: 0;
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--_line);
    font-style: italic;
  }
  .quote blockquote::before {
    content: open-quote;
  }
  .quote blockquote::after {
    content: close-quote;
  }
  .quote figcaption {
    margin-top: 2px;
    font-size: 0.93em;
  }
  .note {
    font-size: 0.87em;
    color: var(--_muted);
  }
  .sub {
    color: var(--_muted);
  }
`;
