/**
 * The iframe embed (`embed.html`), for a CMS that strips scripts: the element alone, its attributes read from
 * the frame's query string, and its height told to the page around it on load and on every change. In a file
 * of its own, not inline, so the page works under `script-src 'self'`.
 */
import {AlignmentMap} from '../index.js';
import {embedWords, type EmbedWords} from '../i18n/embed-words.js';
import {languageOf} from '../i18n/languages.js';
import {fill} from '../i18n/strings.js';
import {ASK_HEIGHT, pymMessage, pymWidth, resizeMessage} from './messages.js';
import {optionSpecs, parseEmbedQuery, type Ignored} from './query.js';

/**
 * No page chrome: no margins, a transparent page, and a plain font for the element to inherit (an iframe has no
 * article font to take). A frame's viewport ends where the map ends, maybe far below the reader's screen, so on
 * a narrow frame a popup sits over the map rather than at the bottom of the viewport. A constructed sheet, which
 * a strict Content-Security-Policy allows.
 */
const PAGE = `html, body { margin: 0; padding: 0; background: transparent; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
@media (max-width: 599px) { alignment-map::part(popup) { position: absolute; inset: 0 0 auto 0; max-block-size: 480px; } }`;

const WHY: Record<Ignored['why'], keyof EmbedWords> = {
  unknown: 'ignoredUnknown',
  number: 'ignoredNumber',
  boolean: 'ignoredBoolean',
  src: 'ignoredSrc',
  lang: 'ignoredLang',
  twice: 'ignoredTwice',
  long: 'ignoredLong',
};

function notice({key, value, why}: Ignored, words: EmbedWords): string {
  const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return fill(words.ignored, {option: value === '' ? key : `${key}=${shown}`, why: words[WHY[why]]});
}

/** Posts the element's height to the parent whenever it changes, and when the parent asks. */
function tellHeight(map: HTMLElement, childId: string | undefined): void {
  if (window.parent === window) return;
  let told = 0;
  const tell = (again: boolean) => {
    const height = Math.ceil(map.getBoundingClientRect().height);
    if (height === 0 || (height === told && !again)) return;
    told = height;
    window.parent.postMessage(resizeMessage(height), '*');
    if (childId !== undefined) window.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
  };
  new ResizeObserver(() => tell(false)).observe(map);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    const asked = typeof e.data === 'object' && e.data !== null && (e.data as {type?: unknown}).type === ASK_HEIGHT;
    if (asked || (childId !== undefined && pymWidth(e.data, childId) !== undefined)) tell(true);
  });
}

function start(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const query = parseEmbedQuery(location.search, optionSpecs(AlignmentMap.elementProperties), location.href);
  const map = document.createElement('alignment-map');
  for (const [name, value] of query.attributes) map.setAttribute(name, value);
  if (query.lang) document.documentElement.lang = map.lang = query.lang;
  const words = embedWords[languageOf(query.lang ?? document.documentElement.lang) ?? 'en'];
  map.notices = query.ignored.map((ignored) => notice(ignored, words));
  for (const {key, value, why} of query.ignored) console.warn(`<alignment-map> embed: ignored ${key}=${JSON.stringify(value)} (${why})`);
  document.body.append(map);
  tellHeight(map, query.childId);
}

start();
