import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {type MenuItem, toolbarView} from '../views/toolbar.js';

/** Owns whether the toolbar's "More" menu is open; features hand it their controls and menu entries. */
export class ToolbarController implements ReactiveController {
  open = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  readonly close = (): void => {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  };

  /** A map taken out of the page and put back opens with its menu closed. */
  hostDisconnected(): void {
    this.open = false;
  }

  render(tools: readonly TemplateResult[], menu: readonly MenuItem[], menuLabel: string) {
    return toolbarView({tools, menu, menuLabel, open: this.open, onToggle: this.toggle, onClose: this.close});
  }

}
