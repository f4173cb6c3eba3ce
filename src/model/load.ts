import {formatIssue, type Issue} from './check.js';
import {type Context, validateStory, type Validation} from './validate.js';

/** The largest story file the element will read: beyond it, parsing could freeze a phone. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** How long a story request may take before it is given up. */
export const TIMEOUT_MS = 15_000;

/** A story that could not be loaded or used, with every issue found and whether trying again may help. */
export class StoryError extends Error {
  constructor(
    readonly issues: Issue[],
    readonly retryable: boolean,
  ) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'StoryError';
  }
}

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
