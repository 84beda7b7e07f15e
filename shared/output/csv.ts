import Papa from 'papaparse';

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

export type CsvValue = string | number | boolean | null;
export type CsvRow = Record<string, CsvValue | undefined>;
export interface CsvColumn {
  key: string;
  header: string;
}

/**
 * A spreadsheet treats text starting with these as a formula (tab and CR too, which some apps
 * strip before looking); full-width forms are included because some spreadsheets read them as
 * their ASCII equivalents.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that would start a formula gets a leading apostrophe, which spreadsheets show as plain
 * text. Delegates type card and action text, so it must never run as a formula on someone's laptop.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Numbers are written as numbers and never neutralised: -5 is a number, not a formula, and
 * a spreadsheet should be able to add it up. Only text cells (and headers) are neutralised.
 * Booleans are written "true"/"false"; null and missing keys as an empty cell;
 * NaN and infinities (not numbers a spreadsheet can read) as an empty cell.
 */
function cellText(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(value);
}

/**
 * CSV text for a spreadsheet: a header row from `columns`, one line per row, cells quoted where
 * needed (commas, quotes, line breaks), CRLF between lines, and a UTF-8 BOM at the start.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly CsvRow[]): string {
  const headers = columns.map((column) => neutraliseFormula(column.header));
  const cells = rows.map((row) => columns.map((column) => cellText(row[column.key])));
  // Papa turns `data: []` into one empty row, so a table without rows is written as its header line alone.
  const body =
    cells.length === 0
      ? Papa.unparse([headers], { newline: CSV_LINE_END })
      : Papa.unparse({ fields: headers, data: cells }, { newline: CSV_LINE_END, header: true });
  return UTF8_BOM + body;
}
