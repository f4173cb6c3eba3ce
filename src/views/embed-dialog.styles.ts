import {css} from 'lit';

/** "Embed this": adopted when its chunk arrives. */
export const embedDialogStyles = css`
  dialog.embed {
    inline-size: min(640px, calc(100% - 24px));
    max-block-size: calc(100% - 24px);
    padding: 12px 16px 16px;
    color: var(--_ink);
    background: var(--_paper);
    border: 1px solid var(--_line);
    border-radius: 10px;
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
    font-size: 0.93em;
  }
  dialog.embed::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .embed .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .embed h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .embed h4 {
    margin: 14px 0 2px;
    font-size: 1em;
  }
  .embed .help {
    margin: 0 0 6px;
    color: var(--_muted);
  }
  .embed textarea {
    display: block;
    inline-size: 100%;
    padding: 6px 8px;
    font: 0.85em / 1.4 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    color: var(--_ink);
    background: var(--_raised);
    border: 1px solid var(--_line);
    border-radius: 6px;
    resize: vertical;
    word-break: break-all;
  }
  .embed .copy {
    display: flex;
    align-items: center;
    gap: 10px;
    margin-block-start: 6px;
  }
  .embed .copy button {
    padding-inline: 14px;
  }
  .embed [role='status'] {
    color: var(--_muted);
  }
`;
