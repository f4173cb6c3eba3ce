import {MAX_BYTES, StoryError, TIMEOUT_MS} from './story-error.js';
import {type Context, validateStory, type Validation} from './validate.js';

export {MAX_BYTES, StoryError, TIMEOUT_MS};

/** Parses and validates the text of a story file. Pure: the CLI and the element share it. */
export function parseStory(text: string, context: Context): Validation {
  if (text.length > MAX_BYTES) return failed(`the file is ${text.length} characters long; the limit is ${MAX_BYTES}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const hint = /^\s*</.test(text) ? ' (it looks like HTML: is the address right?)' : text.trim() === '' ? ' (the file is empty)' : '';
    return failed(`not valid JSON: ${(error as Error).message}${hint}`);
  }
  return validateStory(raw, context);
}

function failed(message: string): Validation {
  return {story: null, errors: [{path: '', message}], warnings: []};
}

/** Fetches, parses and validates a story. Rejects with a StoryError, or an AbortError when `signal` aborts. */
export async function fetchStory(url: string, context: Context, signal: AbortSignal, timeout = TIMEOUT_MS): Promise<Validation> {
  // The request may have been cancelled while this module itself was loading.
  signal.throwIfAborted();
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const stop = () => timer.abort();
  signal.addEventListener('abort', stop);
  try {
    const response = await fetch(url, {signal: timer.signal});
    if (!response.ok) throw new StoryError([{path: '', message: `could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim()}], true);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_BYTES) throw new StoryError([{path: '', message: `${url} is ${length} bytes; the limit is ${MAX_BYTES}`}], false);
    const result = parseStory(await response.text(), context);
    if (!result.story) throw new StoryError(result.errors, false);
    return result;
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    if (error instanceof StoryError) throw error;
    const why = timer.signal.aborted ? `no answer within ${timeout / 1000} s` : (error as Error).message;
    throw new StoryError([{path: '', message: `could not load ${url}: ${why}`}], true);
  } finally {
    clearTimeout(id);
    signal.removeEventListener('abort', stop);
  }
}
