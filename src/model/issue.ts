/**
 * One problem found in a story, and how it reads. Apart from the validator's readers (check.ts), so that the
 * element can show a problem without loading the validator.
 */
export interface Issue {
  path: string;
  message: string;
}

/** `events[3].date: "2017-13-01" is not a date`. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
