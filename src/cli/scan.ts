/** A quoting mistake in a CSV file, at a line of the file and a 1-based field index. */
export interface QuoteProblem {
  line: number;
  column: number;
  message: string;
  /** True when the records after it cannot be trusted: the quote changed where cells and rows end. */
  fatal: boolean;
}

/** Where each record of a CSV text starts, and what is wrong with its quoting. */
export interface Scan {
  /** The line on which each record starts, in the order d3-dsv's `csvParseRows` returns them. */
  lines: number[];
  problems: QuoteProblem[];
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

/**
 * Walks a CSV text the way d3-dsv's `csvParseRows` reads it, to learn what d3-dsv does not report: the line
 * each record starts on (a quoted cell may span lines) and any malformed quoting, which d3-dsv reads
 * silently as something else. The values themselves are left to d3-dsv.
 */
export function scanCsv(text: string): Scan {
  let end = text.length;
  // d3-dsv drops one trailing line break before reading.
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;
  const lines: number[] = [];
  const problems: QuoteProblem[] = [];
  let i = 0;
  let line = 1;
  let column = 1;
  // d3-dsv decides whether there is a record at all before dropping the break: "\n" is one empty record.
  let recordStart = text.length > 0;
  /** Consumes a line break at `i`, if there is one; true when it did. */
  const lineBreak = (): boolean => {
    const c = text.charCodeAt(i);
    if (c !== NEWLINE && c !== RETURN) return false;
    i += c === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
    line++;
    return true;
  };
  while (i < end || recordStart) {
    if (recordStart) {
      lines.push(line);
      column = 1;
      recordStart = false;
    }
    if (text.charCodeAt(i) === QUOTE) {
      const opened = {line, column};
      i++;
      for (;;) {
        if (i >= end) {
          problems.push({...opened, fatal: true, message: 'a quoted cell is never closed, so the rest of the file would read as one cell'});
          return {lines, problems};
        }
        if (text.charCodeAt(i) === QUOTE) {
          if (text.charCodeAt(i + 1) !== QUOTE) break;
          i += 2;
        } else if (!lineBreak()) i++;
      }
      i++;
      if (i < end && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== NEWLINE && text.charCodeAt(i) !== RETURN)
        problems.push({line, column, fatal: true, message: 'text after the closing quote of a quoted cell'});
    }
    let stray = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === NEWLINE || c === RETURN) break;
      if (c === QUOTE && !stray) problems.push({line, column, fatal: false, message: 'stray quote character in a cell that does not start with a quote'});
      stray ||= c === QUOTE;
    }
    if (i >= end) break;
    if (text.charCodeAt(i) === COMMA) {
      i++;
      column++;
      // A comma at the very end still opens one last, empty cell: nothing more to record.
    } else recordStart = lineBreak();
  }
  return {lines, problems};
}
