import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+44 7700', '-2', '@SUM(A1)', 'plain'].map(safeCell)).toEqual([
      "'=1+1",
      "'+44 7700",
      "'-2",
      "'@SUM(A1)",
      'plain',
    ]);
    expect(toCsv([[null, undefined, '=HYPERLINK("x")']])).toBe(',,"\'=HYPERLINK(""x"")"\r\n');
  });

  it('quotes and defuses cells a semicolon-locale spreadsheet or a tab import would split into a formula', () => {
    expect(toCsv([['x;=1+1', 'a\t=4', 'b|@SUM(A1)', 'plain']])).toBe(`"x;'=1+1","a\t'=4","b|'@SUM(A1)",plain\r\n`);
  });
});
