import {parseDate} from './dates.js';
import type {Issue} from './issue.js';
import type {Source} from './types.js';

export {formatIssue, type Issue} from './issue.js';

/** Collects every error and warning, so that a writer sees all of them at once rather than the first. */
export class Checker {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: string, message: string): void {
    this.errors.push({path, message});
  }

  warn(path: string, message: string): void {
    this.warnings.push({path, message});
  }
}

/** A short, quoted rendering of a bad value for a message: `"2017/06/09"`, `42`, `a list`. */
export function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}

export type Fields = Record<string, unknown>;

/** The value as an object, or an error. */
export function object(c: Checker, value: unknown, path: string): Fields | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  c.error(path, `expected an object, got ${shown(value)}`);
  return null;
}

/**
 * The field names of `T`, listed once for the validator: the compiler rejects a list that misses a field of
 * the type or names one it lacks, so that what the validator knows cannot drift from the types (from which the
 * JSON Schema is generated).
 */
export function keysOf<T>() {
  return <const K extends readonly (keyof T & string)[]>(keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : {missing: Exclude<keyof T, K[number]>})): readonly string[] =>
    keys;
}

/** Warns of fields the format does not know: a misspelt `eventID` would otherwise be silently ignored. */
export function known(c: Checker, o: Fields, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(o)) if (!keys.includes(key)) c.warn(join(path, key), `unknown field (expected one of: ${keys.join(', ')})`);
}

export function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

const MAX_TEXT = 20_000;

/**
 * A field's value and its path, or nothing when it is absent: an error unless the field is optional.
 * Every field reader starts here, so "required, but missing" reads the same everywhere.
 */
function field(c: Checker, o: Fields, key: string, path: string, optional: boolean): {value: unknown; at: string} | undefined {
  const at = join(path, key);
  if (o[key] !== undefined) return {value: o[key], at};
  if (!optional) c.error(at, 'required, but missing');
  return undefined;
}

/** A non-empty string field. */
export function text(c: Checker, o: Fields, key: string, path: string, optional = false): string | undefined {
  const found = field(c, o, key, path, optional);
  if (!found) return undefined;
  const {value, at} = found;
  if (typeof value !== 'string' || value.trim() === '') c.error(at, `expected text, got ${shown(value)}`);
  else if (value.length > MAX_TEXT) c.error(at, `is ${value.length} characters long; the limit is ${MAX_TEXT}`);
  else return value;
  return undefined;
}

/** A date field: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the sources give no day. */
export function date(c: Checker, o: Fields, key: string, path: string, optional = false): string | undefined {
  const found = field(c, o, key, path, optional);
  if (!found) return undefined;
  const {value, at} = found;
  if (typeof value === 'string' && parseDate(value)) return value;
  if (typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value)) c.error(at, `${shown(value)} is not a date`);
  else c.error(at, `expected YYYY-MM-DD (or YYYY-MM, YYYY), got ${shown(value)}`);
  return undefined;
}

/** A list field, with a length limit that keeps a huge file from freezing the page. */
export function list(c: Checker, o: Fields, key: string, path: string, max: number, optional = false): unknown[] {
  const found = field(c, o, key, path, optional);
  if (!found) return [];
  const {value, at} = found;
  if (!Array.isArray(value)) {
    c.error(at, `expected a list, got ${shown(value)}`);
    return [];
  }
  if (value.length > max) {
    c.error(at, `has ${value.length} entries; the limit is ${max}`);
    return [];
  }
  return value;
}

/** An id that must name something declared elsewhere in the story (or in the map). */
export function reference(c: Checker, value: unknown, at: string, known: ReadonlySet<string>, what: string): string | undefined {
  if (typeof value !== 'string') {
    c.error(at, `expected ${what} id as text, got ${shown(value)}`);
    return undefined;
  }
  if (!known.has(value)) {
    c.error(at, `${shown(value)} is not ${what}`);
    return undefined;
  }
  return value;
}

/** Collects the ids of a list, reporting duplicates. */
export function ids(c: Checker, items: unknown[], path: string): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = typeof item === 'object' && item !== null ? (item as Fields)['id'] : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else c.error(join(join(path, i), 'id'), `duplicate id ${shown(id)} (also ${path}[${first}])`);
  });
  return new Set(seen.keys());
}

/** A source: `{label, url}`. */
export function source(c: Checker, value: unknown, path: string): Source | undefined {
  const f = object(c, value, path);
  if (!f) return undefined;
  known(c, f, path, keysOf<Source>()(['label', 'url']));
  const found = {label: text(c, f, 'label', path), url: link(c, f, 'url', path)};
  return complete(found) ? stripUndefined(found) : undefined;
}

/** A URL field. Anything but http(s) is legal but will be shown as text, never as a link. */
export function link(c: Checker, f: Fields, key: string, path: string): string | undefined {
  const url = text(c, f, key, path);
  if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) c.warn(join(path, key), `${shown(url)} is not an http(s) address, so it is shown as text, not as a link`);
  return url;
}

/** A list of country ids, each of which must be in the map; undefined when any is not. */
export function countryList(c: Checker, f: Fields, path: string, known: ReadonlySet<string>, key = 'countries'): string[] | undefined {
  const items = list(c, f, key, path, 1000);
  const found = items.map((id, i) => reference(c, id, join(join(path, key), i), known, 'a country in the map'));
  return found.every((id) => id !== undefined) ? (found as string[]) : undefined;
}

/** True when every field but the optional ones was read without error. */
export function complete(o: object, optional: readonly string[] = []): boolean {
  return Object.entries(o).every(([key, value]) => value !== undefined || optional.includes(key));
}

/** The object without its undefined fields, typed as if every field were present. */
export function stripUndefined<T extends object>(o: T): {[K in keyof T]-?: Exclude<T[K], undefined>} {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as {[K in keyof T]-?: Exclude<T[K], undefined>};
}
