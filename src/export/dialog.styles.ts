import {css} from 'lit';

/** The export dialog; adopted when the export chunk arrives. */
export const dialogStyles = css`
  dialog.export {
    inline-size: min(420px, calc(100vw - 32px));
    padding: 18px 20px;
    border: 1px solid var(--_line);
    border-radius: 10px;
    background: var(--_paper);
    color: var(--_ink);
    font: inherit;
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog.export::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog.export h2 {
    margin: 0 0 12px;
    font-size: 1.1em;
  }
  dialog.export fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
    margin: 0 0 12px;
    padding: 8px 12px 10px;
    border: 1px solid var(--_line);
    border-radius: 8px;
  }
  dialog.export legend {
    padding-inline: 4px;
    color: var(--_muted);
  }
  dialog.export label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 36px;
    cursor: pointer;
  }
  dialog.export progress {
    inline-size: 100%;
  }
  dialog.export .status {
    min-block-size: 1.45em;
    margin: 6px 0 12px;
    color: var(--_muted);
  }
  dialog.export .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
  }
  dialog.export button {
    padding-inline: 14px;
  }
  dialog.export .primary {
    background: var(--_ink);
    border-color: var(--_ink);
    color: var(--_paper);
  }
`;
