/**
 * The messages between the iframe embed and the page around it. The frame says its height in two forms: a plain
 * object for `embed-resizer.js` and any page script, and the pym.js string that many CMSs already understand.
 */

/** The `type` of the plain height message: `{type: "alignment-map:resize", height}`. */
export const RESIZE = 'alignment-map:resize';

/** What `embed-resizer.js` sends a frame that it found after the frame's first height message went unheard. */
export const ASK_HEIGHT = 'alignment-map:ask-height';

/** Heights outside this range (px) are not a map's: a resizer ignores them. */
export const HEIGHT_RANGE = [50, 20_000] as const;

/** pym.js joins a message's parts with this (pym.js `MESSAGE_DELIMITER`). */
const PYM = 'xPYMx';

/** The plain height message. */
export function resizeMessage(height: number): {type: typeof RESIZE; height: number} {
  return {type: RESIZE, height};
}

/** A pym.js message, as pym's `_makeMessage(id, type, message)` builds it: `pymxPYMx<id>xPYMx<type>xPYMx<message>`. */
export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM);
}

/**
 * The width a pym.js parent sends its child (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), or undefined for any other
 * message. pym's child answers a new width with its height.
 */
export function pymWidth(data: unknown, id: string): number | undefined {
  const prefix = pymMessage(id, 'width', '');
  if (typeof data !== 'string' || !data.startsWith(prefix)) return undefined;
  const width = Number.parseInt(data.slice(prefix.length), 10);
  return Number.isFinite(width) ? width : undefined;
}

/** The height in a plain height message, when the message has exactly that shape and a sane height. */
export function heightOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || (data as {type?: unknown}).type !== RESIZE) return undefined;
  const height = (data as {height?: unknown}).height;
  return typeof height === 'number' && Number.isFinite(height) && height >= HEIGHT_RANGE[0] && height <= HEIGHT_RANGE[1] ? Math.ceil(height) : undefined;
}
