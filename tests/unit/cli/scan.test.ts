import {csvFormatRows, csvParseRows} from 'd3-dsv';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {scanCsv} from '../../../src/cli/scan.js';

describe('scanCsv', () => {
  it('scanCsv gives the line each record starts on, across quoted line breaks and CRLF', () => {
    const text = 'id,text\r\na,"two\r\nlines"\r\nb,one\r\n\r\nc,"x\ny\nz"\nd,';
    expect(scanCsv(text)).toEqual({lines: [1, 2, 4, 5, 6, 9], problems: []});
    expect(csvParseRows(text)).toHaveLength(6);
  });

  it('scanCsv reads empty texts and lone line breaks as d3-dsv does', () => {
    for (const text of ['', '\n', '\r\n', 'a', 'a\n', 'a\n\n', 'a,', '"a"', '"a"\n', ',\n,']) expect(scanCsv(text).lines).toHaveLength(csvParseRows(text).length);
  });

  it('scanCsv reports a stray quote once per cell, with its line and column, and carries on', () => {
    expect(scanCsv('id,text\nq1,He said "no" and "yes"\nq2,"fine ""here"""').problems).toEqual([
      {line: 2, column: 2, fatal: false, message: 'stray quote character in a cell that does not start with a quote'},
    ]);
  });

  it('scanCsv reports text after a closing quote, and a quote never closed, as fatal', () => {
    expect(scanCsv('a,"b"c,d').problems).toEqual([{line: 1, column: 2, fatal: true, message: 'text after the closing quote of a quoted cell'}]);
    expect(scanCsv('a,b\nc,"d,e\nf,g\n').problems).toEqual([
      {line: 2, column: 2, fatal: true, message: 'a quoted cell is never closed, so the rest of the file would read as one cell'},
    ]);
  });

  it('scanCsv agrees with d3-dsv on every well-formed file: same records, starting where the text says', () => {
    const cell = fc.string({unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', 'é')});
    const rows = fc.array(fc.array(cell, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 6}).filter((r) => r.some((row) => row.join('') !== ''));
    fc.assert(
      fc.property(rows, (table) => {
        const text = csvFormatRows(table);
        const scan = scanCsv(text);
        expect(scan.problems).toEqual([]);
        expect(scan.lines).toHaveLength(csvParseRows(text).length);
        const lineOf = (i: number) => (i === 0 ? 1 : `${csvFormatRows(table.slice(0, i))}\n`.split(/\r\n|\r|\n/).length);
        expect(scan.lines).toEqual(table.map((_, i) => lineOf(i)).slice(0, scan.lines.length));
      }),
    );
  }, 60_000);

  it('scanCsv counts the records d3-dsv reads in any text whose quoting holds, well-formed or not', () => {
    const text = fc.string({unit: fc.constantFrom('a', ',', '"', '\n', '\r'), maxLength: 30});
    fc.assert(
      fc.property(text, (t) => {
        const scan = scanCsv(t);
        if (!scan.problems.some((p) => p.fatal)) expect(scan.lines).toHaveLength(csvParseRows(t).length);
      }),
      {numRuns: 2000},
    );
  }, 60_000);
});
