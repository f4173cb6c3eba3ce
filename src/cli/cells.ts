import {parseDate} from '../model/dates.js';
import type {Source} from '../model/types.js';

/** A cell read as a story value, or why it could not be. */
export type Parsed<T> = {value: T} | {error: string};

/** A date at the precision the sources give: the form the story takes, nothing a spreadsheet may add. */
export function dateCell(cell: string): Parsed<string> {
  if (parseDate(cell)) return {value: cell};
  return {error: `"${cell}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`};
}

const YES = ['true', 'yes'];
const NO = ['false', 'no', ''];

/** `true`, `yes`, `false`, `no` or nothing, whatever the case. */
export function booleanCell(cell: string): Parsed<boolean> {
  const word = cell.toLowerCase();
  if (YES.includes(word)) return {value: true};
  if (NO.includes(word)) return {value: false};
  return {error: `"${cell}" is not true or false (expected true, false, yes, no or an empty cell)`};
}

/** Degrees as a decimal number with a point, within ±`limit`: 180 for a longitude, 90 for a latitude. */
export function degreesCell(cell: string, limit: 90 | 180): Parsed<number> {
  const value = cell === '' ? NaN : Number(cell);
  if (!Number.isFinite(value)) return {error: `"${cell}" is not a number (expected decimal degrees with a point, such as 73.0479)`};
  if (Math.abs(value) > limit) return {error: `${value} is out of range (expected -${limit} to ${limit} degrees)`};
  return {value};
}

/**
 * Sources as `label|url` pairs separated by `;` or line breaks. A piece without `|` that follows a `;` with no
 * space is taken as the rest of the previous address, since a URL may itself hold a `;`.
 */
export function sourcesCell(cell: string): Parsed<Source[]> {
  const pieces = cell.split(/[;\n]/);
  const pairs: string[] = [];
  for (const piece of pieces) {
    if (piece.includes('|') || pairs.length === 0 || /^\s/.test(piece)) pairs.push(piece);
    else pairs[pairs.length - 1] += `;${piece}`;
  }
  const sources: Source[] = [];
  for (const [i, pair] of pairs.map((p) => p.trim()).entries()) {
    if (pair === '') continue;
    const found = sourceCell(pair);
    if ('error' in found) return {error: pairs.length > 1 ? `item ${i + 1}: ${found.error}` : found.error};
    sources.push(found.value);
  }
  return {value: sources};
}

/** One source as `label|url`. */
export function sourceCell(cell: string): Parsed<Source> {
  const bar = cell.indexOf('|');
  if (bar < 0) return {error: `"${cell}" is not a source (expected label|url, such as Dawn|https://www.dawn.com/…)`};
  const label = cell.slice(0, bar).trim();
  const url = cell.slice(bar + 1).trim();
  if (label === '') return {error: `"${cell}" has no label before the |`};
  if (url === '') return {error: `"${cell}" has no address after the |`};
  if (url.includes('|')) return {error: `"${cell}" has more than one | (one source here: label|url)`};
  return {value: {label, url}};
}
