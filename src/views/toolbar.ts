import {html, nothing, type TemplateResult} from 'lit';

/** An entry of the "More" menu: a feature that only some readers use, loaded when chosen. */
export interface MenuItem {
  id: string;
  label: string;
  run: () => void;
}

export interface ToolbarProps {
  /** Controls shown at all times (a lens switch, a search box, a table toggle). */
  tools: readonly TemplateResult[];
  menu: readonly MenuItem[];
  menuLabel: string;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}

/**
 * The row above the map. The menu is a disclosure (a button that shows a list of buttons), the pattern that
 * screen readers and touch handle best; focus leaving it or Escape closes it.
 */
export function toolbarView(p: ToolbarProps): TemplateResult | typeof nothing {
  if (p.tools.length === 0 && p.menu.length === 0) return nothing;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !p.open) return;
    e.preventDefault();
    p.onClose();
    ((e.currentTarget as HTMLElement).querySelector('button') as HTMLButtonElement | null)?.focus();
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) p.onClose();
  };
  return html`<div class="toolbar" part="toolbar">
    ${p.tools}
    ${p.menu.length
      ? html`<div class="more" @keydown=${onKey} @focusout=${onFocusOut}>
          <button part="button" aria-expanded=${p.open ? 'true' : 'false'} aria-controls="more-menu" @click=${p.onToggle}>
            ${p.menuLabel} <span aria-hidden="true">▾</span>
          </button>
          <ul id="more-menu" class="menu" ?hidden=${!p.open}>
            ${p.menu.map(
              (item) => html`<li><button part="button" data-menu=${item.id} @click=${() => (p.onClose(), item.run())}>${item.label}</button></li>`,
            )}
          </ul>
        </div>`
      : nothing}
  </div>`;
}
