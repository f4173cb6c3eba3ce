/** One finding about an input file, at a 1-based line and column (column 0: the line as a whole). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  level: 'error' | 'warning';
  /** What the column or field is called where the finding is, when there is one. */
  field?: string;
  message: string;
}

/**
 * `events.csv:7:3: error: date: "2017/06/09" is not a date (…)`: the form the JSON validator prints, and
 * the one editors and CI logs turn into links.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.level}: ${d.field ? `${d.field}: ` : ''}${d.message}`;
}

/** Errors and warnings counted, as the validator's summary line says them. */
export function tally(diagnostics: readonly Diagnostic[]): {errors: number; warnings: number; text: string} {
  const errors = diagnostics.filter((d) => d.level === 'error').length;
  const warnings = diagnostics.length - errors;
  return {errors, warnings, text: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`};
}

/** `1 error`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** In file order (as `files` lists them), then by line and column, so that a reader can work down the list. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], files: readonly string[]): Diagnostic[] {
  const rank = (file: string) => (files.includes(file) ? files.indexOf(file) : files.length);
  return [...diagnostics].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column);
}
