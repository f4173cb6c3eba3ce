import type {ReactiveElement, TemplateResult} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {embedDialog, embedDialogStyles} from '../views/embed-dialog.js';
import type {EmbedController} from './embed-controller.js';
import {adoptStyles} from './on-demand.js';

/** Opens the dialog as a modal, once its styles are on the element. */
export async function showEmbed(c: EmbedController): Promise<void> {
  adoptStyles(c.host.shadowRoot, embedDialogStyles);
  c.open = true;
  c.status = {};
  c.host.requestUpdate();
  await c.host.updateComplete;
  const dialog = c.host.shadowRoot?.querySelector('dialog.embed');
  if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
}

/**
 * The dialog for what the element shows now: its attributes, its story's title, its height, and the day shown
 * even when no `date` is set, so that the snippet keeps this view when the story gains later events.
 */
export function embedView(c: EmbedController, t: Strings, title: string, day: string | undefined): TemplateResult {
  const host = c.host;
  const attributes = [...host.attributes].map((a) => [a.name, a.value] as const).filter(([name]) => name !== 'date' || !day);
  return embedDialog({
    module: c.module,
    page: document.baseURI,
    properties: (host.constructor as typeof ReactiveElement).elementProperties,
    attributes: day ? [['date', day], ...attributes] : attributes,
    title,
    height: host.getBoundingClientRect().height,
    status: c.status,
    strings: t,
    onCopy: (kind, text, field) =>
      void copyText(text, field).then((copied) => {
        c.status = {...c.status, [kind]: copied ? t.snippetCopied : t.copyByHand};
        host.requestUpdate();
      }),
    onClose: () => {
      // The menu item that opened the dialog is hidden now: focus goes back to the menu's button.
      c.open = false;
      host.requestUpdate();
      void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>('.more > button')?.focus());
    },
  });
}

/**
 * Copies text with the Clipboard API. Where that is refused (an insecure page, a denied permission, an old
 * browser), selects the snippet instead, so that the reader's own copy shortcut takes it. True when copied.
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
