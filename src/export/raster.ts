import type {SlideSize} from './layout.js';

/** Why the browser refused to make a PNG: each has its own message in the element. */
export type RefusalKind = 'image' | 'canvas' | 'encode' | 'download';

/** A refusal by the browser, as opposed to a bug: the element says which, and the map stays as it was. */
export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string = kind,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

function load(url: string, size: SlideSize): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(size.width, size.height);
    image.onload = () => resolve(image);
    // Under a Content-Security-Policy without `img-src blob:`, this is the only sign of the block.
    image.onerror = () => reject(new Refusal('image'));
    image.src = url;
  });
}

/**
 * Draws an SVG document into a PNG of `size`: an `<img>` of a `blob:` URL, drawn on a canvas, encoded by
 * `toBlob`. Each refusal (the image blocked, no 2D context for a canvas that large, no PNG) is a `Refusal`.
 */
export async function rasterise(svg: string, size: SlideSize): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
  try {
    const image = await load(url, size);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Refusal('canvas');
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Refusal('encode');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** How long a download's `blob:` URL stays alive: long enough for the browser to start saving it. */
const KEEP_URL_MS = 60_000;

/**
 * Hands a file to the browser's downloads through an `<a download>` of a `blob:` URL, placed in `root` so that
 * the click stays inside the element. A page that forbids downloads (a sandboxed frame) may drop it silently;
 * anything that throws is a `Refusal`.
 */
export function save(blob: Blob, name: string, root: ShadowRoot): void {
  let url: string;
  try {
    url = URL.createObjectURL(blob);
  } catch (error) {
    throw new Refusal('download', error instanceof Error ? error.message : String(error));
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } catch (error) {
    throw new Refusal('download', error instanceof Error ? error.message : String(error));
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  }
}
