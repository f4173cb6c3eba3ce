import {formatIssue, type Issue} from './issue.js';

/** The largest story file the element will read: beyond it, parsing could freeze a phone. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** How long a story request may take before it is given up. */
export const TIMEOUT_MS = 15_000;

/**
 * A story that could not be loaded or used, with every issue found and whether trying again may help. It
 * lives apart from the loader so that the element can tell it apart without loading the validator.
 */
export class StoryError extends Error {
  constructor(
    readonly issues: Issue[],
    readonly retryable: boolean,
  ) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'StoryError';
  }
}
