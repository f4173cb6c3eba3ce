import {zipSync} from 'fflate';
import {dayOf} from '../timeline/state.js';
import type {SlideSize} from './layout.js';
import {slideName} from './names.js';
import {rasterise} from './raster.js';
import type {Scene} from './scene.js';
import {OffStage, slideOf} from './slide.js';

/** Where a series export is: drawing slide `n` of `total`, then packing. */
export type SeriesProgress = {n: number; total: number} | 'packing';

/**
 * Every event as a numbered PNG, in one zip. The slides are drawn one at a time off stage, so the live map
 * never changes; `signal` stops the work between two slides. PNGs are compressed already, so they are stored
 * (level 0): zipping is then only a checksum.
 */
export async function exportSeries(scene: Scene, size: SlideSize, signal: AbortSignal, progress: (p: SeriesProgress) => void): Promise<Blob> {
  const {events} = scene.story;
  const files: Record<string, Uint8Array> = {};
  const stage = new OffStage(scene);
  try {
    for (const [i, event] of events.entries()) {
      signal.throwIfAborted();
      progress({n: i + 1, total: events.length});
      const day = dayOf(event);
      const png = await rasterise(slideOf(scene, day, size, stage.draw(day)), size);
      files[slideName(i, events.length, event, 'png')] = new Uint8Array(await png.arrayBuffer());
    }
  } finally {
    stage.dispose();
  }
  signal.throwIfAborted();
  progress('packing');
  const zipped = zipSync(files, {level: 0});
  return new Blob([zipped as Uint8Array<ArrayBuffer>], {type: 'application/zip'});
}
