/**
 * CSV in and out, as Excel reads and writes it in China. Out: UTF-8 with a byte order mark (so
 * Excel shows the Chinese), CRLF, every text field quoted, and text that a spreadsheet would run
 * as a formula guarded by a leading apostrophe. In: UTF-8 (with or without the mark), or GB18030,
 * which Chinese Excel uses for "CSV (逗号分隔)"; the guarding apostrophe is taken off again.
 * Browser-safe.
 */
import Papa from 'papaparse';
import type { SheetSpec, SheetTable, WrittenValue } from './sheet';
import { isBlankCell } from './sheet';

/** Text a spreadsheet would run as a formula; a signed number such as +0.5个百分点 is not. */
const formulaStart = /^([=@\t\r]|[+\-−](?![\d.]))/;

function csvField(value: WrittenValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** The sheet as CSV text, with the byte order mark. */
export function writeCsv(sheet: SheetSpec): string {
  const lines = [
    sheet.columns.map((column) => csvField(column.header)),
    ...sheet.rows.map((row) => row.map(csvField)),
  ];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
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

function unguarded(text: string): string {
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
