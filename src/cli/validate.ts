import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {known} from '../built-in.js';
import type {Issue} from '../model/check.js';
import {parseStory} from '../model/load.js';
import {locator, positions} from './locate.js';

/** What the validator found in one file, as lines to print. */
export interface Report {
  lines: string[];
  errors: number;
  warnings: number;
}

/**
 * Validates a story file's text exactly as the element does, and reports each issue as
 * `file:line:column: error: path: message`, the form editors and CI logs turn into links.
 */
export function validateText(text: string, file: string): Report {
  const syntax: ParseError[] = [];
  parse(text, syntax, {allowTrailingComma: false, disallowComments: true});
  if (syntax.length > 0) {
    const at = positions(text);
    const lines = syntax.map((e) => {
      const {line, column} = at(e.offset);
      return `${file}:${line}:${column}: error: not valid JSON: ${describe(printParseErrorCode(e.error))}`;
    });
    return {lines, errors: lines.length, warnings: 0};
  }
  const result = parseStory(text, {countries: known});
  const where = locator(text);
  const line = (kind: string) => (issue: Issue) => {
    const {line, column} = where(issue.path);
    return `${file}:${line}:${column}: ${kind}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
  };
  return {
    lines: [...result.errors.map(line('error')), ...result.warnings.map(line('warning'))],
    errors: result.errors.length,
    warnings: result.warnings.length,
  };
}

/** jsonc-parser's codes ("CommaExpected") as words ("comma expected"). */
export function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
