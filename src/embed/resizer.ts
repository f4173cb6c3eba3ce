/**
 * `embed-resizer.js`: for a page without pym.js, sets the height of each iframe of the embed
 * (`<iframe data-alignment-map src=".../embed.html?…">`) from the height the frame posts. It trusts a message
 * only from that frame's own window and origin, and only in the expected shape with a sane height, so another
 * frame or script on the page cannot resize the map. Loaded once or many times, as a classic or module script.
 */
import {ASK_HEIGHT, heightOf} from './messages.js';

const FRAMES = 'iframe[data-alignment-map]';
const INSTALLED = Symbol.for('alignment-map:embed-resizer');

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>(FRAMES)];
}

function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

function onMessage(e: MessageEvent): void {
  const height = heightOf(e.data);
  if (height === undefined || e.source === null) return;
  const frame = frames().find((f) => f.contentWindow === e.source);
  if (!frame || e.origin !== originOf(frame)) return;
  // Through the CSS object model, which a strict Content-Security-Policy allows, unlike a style attribute.
  frame.style.height = `${height}px`;
}

/** A frame that loaded before this script ran has already said its height to nobody: ask again. */
function ask(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  if (!origin || origin === 'null' || loading(frame)) return;
  frame.contentWindow?.postMessage({type: ASK_HEIGHT}, origin);
}

/** Still on its first, empty document, which has this page's origin: its load event will ask. */
function loading(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href === 'about:blank';
  } catch {
    return false;
  }
}

if (!Reflect.get(window, INSTALLED)) {
  Reflect.set(window, INSTALLED, true);
  window.addEventListener('message', onMessage);
  // Load events do not bubble, but they can be caught on their way down.
  document.addEventListener('load', (e) => e.target instanceof HTMLIFrameElement && e.target.matches(FRAMES) && ask(e.target), true);
  frames().forEach(ask);
}
