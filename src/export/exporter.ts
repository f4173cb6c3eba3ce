import {nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {fill, type Strings} from '../i18n/strings.js';
import {teaching, type TeachingStrings} from '../i18n/teaching.js';
import {stepAt} from '../timeline/state.js';
import {dialogView} from './dialog.js';
import {SLIDE_SIZES, type SlideSize} from './layout.js';
import {seriesName, slideName} from './names.js';
import {Refusal, rasterise, save} from './raster.js';
import type {Scene} from './scene.js';
import {exportSeries, type SeriesProgress} from './series.js';
import {liveMap, OffStage, slideOf} from './slide.js';

export {dialogStyles as styles} from './dialog.styles.js';

/** What a teacher can download: the view as PNG or SVG, or every event as PNGs in a zip. */
export type ExportKind = 'png' | 'svg' | 'zip';

type Host = ReactiveControllerHost & HTMLElement;

const words = (scene: Scene): Strings & TeachingStrings => ({...scene.strings, ...teaching(scene.strings)});

/**
 * Export for slides, loaded on demand: a dialog to choose the size, then the download. Nothing here changes
 * the live map: other days are drawn off stage. What the browser refuses becomes a note in the element.
 */
export class Exporter {
  /** Why the last export failed, for the element's notice area; cleared by the next try. */
  notes: string[] = [];
  private kind?: ExportKind;
  private size = 0;
  private progress?: SeriesProgress;
  private status = '';
  private abort?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly scene: () => Scene | undefined,
  ) {}

  /** Opens the dialog for one kind of export. */
  open(kind: ExportKind): void {
    if (this.abort) return;
    this.kind = kind;
    this.status = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.scene()?.root.querySelector('dialog.export');
      if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
    });
  }

  /** Stops a running series and closes the dialog: the element left the page. */
  stop(): void {
    this.abort?.abort();
    this.kind = undefined;
  }

  render(): TemplateResult | typeof nothing {
    const scene = this.scene();
    if (!this.kind || !scene) return nothing;
    const t = words(scene);
    return dialogView({
      heading: {png: t.exportPng, svg: t.exportSvg, zip: t.exportAll}[this.kind],
      size: this.size,
      progress: this.progress,
      status: this.status,
      strings: t,
      onSize: (i) => (this.size = i),
      onGo: () => void this.go(),
      onDismiss: () => this.close(),
    });
  }

  private async go(): Promise<void> {
    const scene = this.scene();
    const kind = this.kind;
    const size = SLIDE_SIZES[this.size];
    if (!scene || !kind || !size || this.abort) return;
    const abort = (this.abort = new AbortController());
    this.notes = [];
    try {
      const {blob, name} = kind === 'zip' ? await this.series(scene, size, abort.signal) : await this.view(scene, size, kind);
      if (abort.signal.aborted) return;
      save(blob, name, scene.root);
      this.status = fill(words(scene).exportDone, {name});
    } catch (error) {
      if (!abort.signal.aborted) {
        this.notes = [this.explain(error, scene, size)];
        this.close();
      }
    } finally {
      this.abort = undefined;
      this.progress = undefined;
      this.host.requestUpdate();
    }
  }

  private async view(scene: Scene, size: SlideSize, kind: 'png' | 'svg'): Promise<{blob: Blob; name: string}> {
    const {events} = scene.story;
    const index = stepAt(events, scene.day);
    const name = slideName(index, events.length, events[index], kind);
    const live = liveMap(scene);
    const stage = live ? undefined : new OffStage(scene);
    try {
      const svg = slideOf(scene, scene.day, size, live ?? stage!.draw(scene.day));
      return {blob: kind === 'svg' ? new Blob([svg], {type: 'image/svg+xml'}) : await rasterise(svg, size), name};
    } finally {
      stage?.dispose();
    }
  }

  private async series(scene: Scene, size: SlideSize, signal: AbortSignal): Promise<{blob: Blob; name: string}> {
    const t = words(scene);
    const blob = await exportSeries(scene, size, signal, (progress) => {
      this.progress = progress;
      this.status = progress === 'packing' ? t.exportPacking : fill(t.exportProgress, progress);
      this.host.requestUpdate();
    });
    return {blob, name: seriesName(scene.story.title, size)};
  }

  private explain(error: unknown, scene: Scene, size: SlideSize): string {
    const t = words(scene);
    const reason = error instanceof Error ? error.message : String(error);
    if (!(error instanceof Refusal)) return fill(t.exportFailed, {reason});
    const messages = {image: t.exportBlockedImage, canvas: t.exportCanvas, encode: t.exportEncode, download: t.exportDownload};
    return fill(messages[error.kind], {...size, reason});
  }

  /** Cancels what runs, closes the dialog and gives focus back to the menu's button. */
  private close(): void {
    this.abort?.abort();
    this.kind = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.scene()?.root.querySelector<HTMLElement>('.more > button')?.focus());
  }
}
