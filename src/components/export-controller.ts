import {nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Exporter, ExportKind} from '../export/exporter.js';
import type {Scene} from '../export/scene.js';
import type {Strings} from '../i18n/strings.js';
import type {MenuItem} from '../views/toolbar.js';
import {adoptStyles, OnDemand} from './on-demand.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Export for slides. The first view carries only the menu's three entries; the dialog, the slide layout, the
 * rasteriser and the zip library arrive in a chunk on the first click.
 */
export class ExportController implements ReactiveController {
  private readonly chunk: OnDemand<typeof import('../export/exporter.js')>;
  private exporter?: Exporter;

  constructor(
    private readonly host: Host,
    private readonly scene: () => Scene | undefined,
  ) {
    host.addController(this);
    this.chunk = new OnDemand(host, 'export', () => import('../export/exporter.js'));
  }

  /** The "More" menu's export entries. */
  menu(t: Strings): MenuItem[] {
    return [
      {id: 'export-png', label: t.exportPng, run: () => void this.open('png')},
      {id: 'export-svg', label: t.exportSvg, run: () => void this.open('svg')},
      {id: 'export-zip', label: t.exportAll, run: () => void this.open('zip')},
    ];
  }

  /** What went wrong, for the element's notice area. */
  get notes(): string[] {
    return [...(this.chunk.failure ? [this.chunk.failure] : []), ...(this.exporter?.notes ?? [])];
  }

  render(): TemplateResult | typeof nothing {
    return this.exporter?.render() ?? nothing;
  }

  hostDisconnected(): void {
    this.exporter?.stop();
  }

  private async open(kind: ExportKind): Promise<void> {
    const module = await this.chunk.get();
    if (!module) return;
    adoptStyles(this.host.shadowRoot, module.styles);
    this.exporter ??= new module.Exporter(this.host, this.scene);
    this.exporter.open(kind);
  }
}
