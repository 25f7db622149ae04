/**
 * CSV in and out, as Excel reads and writes it in China: the one writer of every CSV the server
 * sends (exports, templates, the audit trail). Out: UTF-8 with a byte order mark (so Excel shows
 * the Chinese), CRLF, every text field quoted, and any text that a spreadsheet could run as a
 * formula (beginning with =, +, -, @, a tab or a carriage return, `+1+HYPERLINK(…)` and
 * `-2+3+cmd|…` included) guarded by a leading apostrophe; only a text that is wholly a number is
 * left as it is. In: UTF-8 (with or without the mark), or GB18030, which Chinese Excel uses for
 * "CSV (逗号分隔)"; the guarding apostrophe is taken off again. Browser-safe.
 */
import Papa from 'papaparse';
import type { SheetSpec, SheetTable, WrittenValue } from './sheet';
import { isBlankCell } from './sheet';

/** Text a spreadsheet could run as a formula (full-width signs too), unless it is wholly a number. */
const formulaStart = /^(?![+\-]?\d+(?:\.\d+)?(?:[eE][+\-]?\d+)?$)[=+\-−@\t\r＝＋－＠]/;

/** Rows as CSV text for Excel, with the byte order mark: text quoted and guarded, numbers bare. */
export function csvText(rows: WrittenValue[][]): string {
  const text = Papa.unparse(rows, {
    quotes: (value: unknown) => typeof value === 'string',
    escapeFormulae: formulaStart,
    newline: '\r\n',
  });
  return `\uFEFF${text}\r\n`;
}

/** The sheet as CSV text, with the byte order mark. */
export function writeCsv(sheet: SheetSpec): string {
  return csvText([sheet.columns.map((column) => column.header), ...sheet.rows]);
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030; without a byte order mark. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A read field without the apostrophe that guarded it from running as a formula. */
export function unguarded(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** The first line is the header; blank lines are left out, keeping the row numbers of the others. */
export function readCsv(bytes: Uint8Array): SheetTable {
  const parsed = Papa.parse<string[]>(decodeCsvBytes(bytes), { header: false, skipEmptyLines: false });
  const [headerFields = [], ...records] = parsed.data;
  const rows = records
    .map((fields, index) => ({
      number: index + 2,
      cells: fields.map((field) => ({ value: unguarded(field) })),
    }))
    .filter((row) => row.cells.some((cell) => !isBlankCell(cell)));
  return { headers: headerFields.map((field) => unguarded(field).trim()), rows, merges: [] };
}
