import {Checker, date, type Fields, join, keysOf, known, list, object, shown, text} from './check.js';
import {startOf} from './dates.js';
import type {Correction, Story} from './types.js';

/** A correction is a note in the footer, not an article: a sentence or two. */
export const CORRECTION_LIMITS = {count: 100, text: 600} as const;

/**
 * A story's `updated` date and `corrections`, both optional. Errors: a bad date, an empty or over-long text, too
 * many corrections. Warnings: a correction dated after `updated`, an update before the article it retells.
 */
export function readUpdates(c: Checker, o: Fields, articleDate: string | undefined): Pick<Story, 'updated' | 'corrections'> {
  const updated = date(c, o, 'updated', '', true);
  const corrections = list(c, o, 'corrections', '', CORRECTION_LIMITS.count, true).flatMap((item, i) => {
    const found = readCorrection(c, item, join('corrections', i));
    if (found && updated && startOf(found.date) > startOf(updated))
      c.warn(join(join('corrections', i), 'date'), `${shown(found.date)} is after the story's updated date (${updated})`);
    return found ? [found] : [];
  });
  if (updated && articleDate && startOf(updated) < startOf(articleDate)) c.warn('updated', `${shown(updated)} is before the article's date (${articleDate})`);
  return {...(updated ? {updated} : {}), ...(o['corrections'] !== undefined ? {corrections} : {})};
}

function readCorrection(c: Checker, value: unknown, path: string): Correction | undefined {
  const f = object(c, value, path);
  if (!f) return undefined;
  known(c, f, path, keysOf<Correction>()(['date', 'text']));
  const when = date(c, f, 'date', path);
  const note = text(c, f, 'text', path);
  if (note !== undefined && note.length > CORRECTION_LIMITS.text)
    c.error(join(path, 'text'), `is ${note.length} characters long; a correction is limited to ${CORRECTION_LIMITS.text}`);
  return when !== undefined && note !== undefined && note.length <= CORRECTION_LIMITS.text ? {date: when, text: note} : undefined;
}
