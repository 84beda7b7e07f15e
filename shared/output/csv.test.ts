import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv, UTF8_BOM, type CsvColumn, type CsvRow } from './csv';

const columns: CsvColumn[] = [
  { key: 'name', header: 'Name' },
  { key: 'note', header: 'Note' },
];

/** Parses toCsv output back into rows of cells, as a spreadsheet would see them. */
function parseBack(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(UTF8_BOM.length), { header: false, delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a text cell should read after parsing: the original, with an apostrophe if it looks like a formula. */
function expectedCell(original: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(original) ? `'${original}` : original;
}

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A9)', '+1', '-1+2', '@cmd', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠x'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['plain', ' =1', "'already", 'a=b', '', '1-2'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, writes headers, and separates lines with CRLF', () => {
    const text = toCsv(columns, [
      { name: 'Ana', note: 'first' },
      { name: 'Ben', note: 'second' },
    ]);
    expect(text).toBe('\uFEFFName,Note\r\nAna,first\r\nBen,second');
  });

  it('quotes cells with quotes, commas and line breaks', () => {
    const text = toCsv(columns, [{ name: 'Silva, Ana', note: 'said "yes"\nthen left' }]);
    expect(text).toBe('\uFEFFName,Note\r\n"Silva, Ana","said ""yes""\nthen left"');
    expect(parseBack(text)).toEqual([
      ['Name', 'Note'],
      ['Silva, Ana', 'said "yes"\nthen left'],
    ]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j', (prefix) => {
    const text = toCsv(columns, [{ name: `${prefix}HYPERLINK("http://x")`, note: 'ok' }]);
    const [, row] = parseBack(text);
    expect(row?.[0]).toBe(`'${prefix}HYPERLINK("http://x")`);
  });

  it('neutralises a formula followed by a line break', () => {
    const [, row] = parseBack(toCsv(columns, [{ name: '=1+1\nmore', note: '' }]));
    expect(row?.[0]).toBe("'=1+1\nmore");
  });

  it('neutralises headers too (they come from editable templates)', () => {
    expect(parseBack(toCsv([{ key: 'a', header: '=bad' }], [{ a: 'x' }]))).toEqual([["'=bad"], ['x']]);
  });

  it('writes only the header line when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFName,Note');
    expect(toCsv([{ key: 'a', header: '=bad, "x"' }], [])).toBe(`\uFEFF"'=bad, ""x"""`);
  });

  it('keeps a row whose only cell is empty', () => {
    expect(parseBack(toCsv([{ key: 'a', header: 'A' }], [{ a: '' }, { a: 'x' }]))).toEqual([['A'], [''], ['x']]);
  });

  it('writes numbers as numbers, negative ones included, and does not neutralise them', () => {
    const text = toCsv(
      [
        { key: 'n', header: 'N' },
        { key: 's', header: 'S' },
      ],
      [
        { n: -5, s: '-5' },
        { n: 2.5, s: 'x' },
        { n: 0, s: '' },
        { n: Number.NaN, s: 'nan' },
      ],
    );
    expect(text).toBe("\uFEFFN,S\r\n-5,'-5\r\n2.5,x\r\n0,\r\n,nan");
  });

  it('writes booleans as true/false and null or missing values as empty cells', () => {
    const rows: CsvRow[] = [{ name: true, note: null }, { name: false }];
    expect(toCsv(columns, rows)).toBe('\uFEFFName,Note\r\ntrue,\r\nfalse,');
  });

  it('keeps the column order given, not the row object order', () => {
    expect(toCsv(columns, [{ note: 'n', name: 'a', extra: 'ignored' }])).toBe('\uFEFFName,Note\r\na,n');
  });

  it('round-trips any text through Papa.parse', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', '\r\n', ' ', '=', '+', '-', '@', '\t', "'", '\uFEFF') });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([name, note]) => ({ name, note }));
        const parsed = parseBack(toCsv(columns, rows));
        expect(parsed).toHaveLength(rows.length + 1);
        expect(parsed.slice(1)).toEqual(pairs.map((pair) => pair.map(expectedCell)));
      }),
    );
  });
});
