/**
 * The HTML a newsroom pastes to show what a reader sees now: a script embed, and an iframe for a CMS that
 * strips scripts. Pure: URLs and attributes come in as data, so a self-hosted copy writes snippets that point
 * at itself.
 */
import {embedQuery, type OptionSpec} from './query.js';

/** Files that sit beside the embed module, wherever it is served from. */
export const FILES = {page: 'embed.html', resizer: 'embed-resizer.js'} as const;

export interface SnippetInput {
  /** The URL of the embed module (`alignment-map.js`) that the page loaded. */
  module: string;
  /** The page's URL, against which a relative `src` is made absolute. */
  page: string;
  /** The element's attributes that make its current view, in document order. */
  attributes: readonly (readonly [string, string])[];
  /** The attributes the iframe's query can carry. */
  specs: readonly OptionSpec[];
  /** The iframe's accessible name: the story's title. */
  title: string;
  /** A first height for the iframe (px), before the frame says its own. */
  height: number;
}

/** Escapes text for an attribute value in double quotes. */
export function attributeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes a snippet carries, with a `src` made absolute: the snippet is pasted into another page. */
function shown(p: SnippetInput): (readonly [string, string])[] {
  const names = new Set(p.specs.map((s) => s.attribute));
  return p.attributes.filter(([name]) => names.has(name)).map(([name, value]) => [name, name === 'src' ? absolute(value, p.page) : value]);
}

function absolute(url: string, page: string): string {
  try {
    return new URL(url, page).href;
  } catch {
    return url;
  }
}

/** `<script type="module" src="…/alignment-map.js"></script>` and the element with its attributes. */
export function scriptSnippet(p: SnippetInput): string {
  const booleans = new Set(p.specs.filter((s) => s.type === 'boolean').map((s) => s.attribute));
  const attributes = shown(p).map(([name, value]) => (booleans.has(name) ? ` ${name}` : ` ${name}="${attributeText(value)}"`));
  return `<script type="module" src="${attributeText(p.module)}"></script>\n<alignment-map${attributes.join('')}></alignment-map>`;
}

/** The iframe of `embed.html` with the view in its query, and the resizer that fits its height. */
export function iframeSnippet(p: SnippetInput): string {
  const query = embedQuery(shown(p), p.specs);
  const page = new URL(FILES.page, p.module).href + (query ? `?${query}` : '');
  const height = Math.ceil(Math.max(p.height, 300) / 10) * 10;
  return (
    `<iframe data-alignment-map src="${attributeText(page)}" title="${attributeText(p.title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${attributeText(new URL(FILES.resizer, p.module).href)}" async></script>`
  );
}
