import type {Issue} from '../model/check.js';
import type {ListName} from './columns.js';
import type {Diagnostic} from './diagnostic.js';
import {type Position, segments} from './locate.js';
import type {Origin} from './rows.js';

/** Where the parts of a built story came from: sheet rows for the lists the sheets filled, the base file for the rest. */
export interface Provenance {
  /** Each entry's origin, for the lists that sheets filled. */
  lists: Map<ListName, {file: string; origins: Origin[]}>;
  base: {file: string; where: (path: string) => Position};
}

/**
 * Traces a validator finding (`events[3].date: …`) back to where a writer can fix it: the sheet, row and
 * column it came from, or the line and column of the base story. Returns null for a finding that repeats one
 * the sheets already reported (a bad cell, a missing column).
 */
export function traceIssue(issue: Issue, level: Diagnostic['level'], from: Provenance): Diagnostic | null {
  const [list, index] = segments(issue.path);
  const sheet = from.lists.get(list as ListName);
  const message = rowsIn(issue.message, from);
  if (sheet && index === undefined) return {file: sheet.file, line: 1, column: 0, level, message};
  const origin = sheet && typeof index === 'number' ? sheet.origins[index] : undefined;
  if (!origin) {
    const {line, column} = from.base.where(issue.path);
    return {file: from.base.file, line, column, level, ...(issue.path ? {field: issue.path} : {}), message};
  }
  const below = issue.path.slice(`${list}[${index}]`.length).replace(/^\./, '');
  if (origin.reported.some((path) => within(below, path))) return null;
  const key = [...origin.fields.keys()].filter((path) => within(below, path)).sort((a, b) => b.length - a.length)[0];
  const field = key === undefined ? undefined : origin.fields.get(key)!;
  const label = field ? field.header + detail(below.slice(key!.length)) : below;
  return {file: origin.file, line: origin.line, column: field?.column ?? 0, level, ...(label ? {field: label} : {}), message};
}

/** True when `path` is `field` or lies below it: `sources[1].url` is within `sources`. */
function within(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** `[1].url` as ` (item 2, url)`: spreadsheet users count from one. */
function detail(rest: string): string {
  const parts = segments(rest).map((part) => (typeof part === 'number' ? `item ${part + 1}` : part));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** Rewrites the validator's references to other entries (`also events[1]`) as the rows they came from. */
function rowsIn(message: string, from: Provenance): string {
  return message.replace(/\b([a-z]+)\[(\d+)\]/g, (whole, list: string, index: string) => {
    const origin = from.lists.get(list as ListName)?.origins[Number(index)];
    return origin ? `row ${origin.line}` : whole;
  });
}
