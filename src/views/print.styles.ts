import {css} from 'lit';

/**
 * What printing must never show, from the first paint: the controls, the tooltip, popups and dialogs. The
 * rest of the print styles (links followed by their URLs, the handout) arrive with the handout's chunk,
 * which loads when the browser is idle.
 */
export const printStyles = css`
  @media print {
    .toolbar,
    .timeline,
    .zoom-buttons,
    .zoom-hint,
    .region,
    .tip,
    .popup,
    .loading,
    dialog {
      display: none !important;
    }
  }
`;
