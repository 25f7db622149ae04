/**
 * Reading an uploaded plan template into its sheets by name: an Excel workbook's sheets, or the
 * parts of a CSV, each under a line 【name】 (or [name]) followed by its header row. Row numbers
 * are the workbook's, or the CSV's line numbers. Browser-safe; exceljs is loaded when an Excel
 * file arrives.
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../../../src/api/transferContract';
import type { MessageLocale } from '../../http/locale';
import { decodeCsvBytes, unguarded } from '../csv';
import { issueMessage } from '../issueMessages';
import { isBlankCell, type SheetCell, type SheetTable } from '../sheet';

export type ReadSheets = { ok: true; sheets: Map<string, SheetTable> } | { ok: false; issue: ImportIssue };

function fileIssue(
  code: 'legacyExcel' | 'unreadableFile' | 'unpackedTooLarge',
  locale: MessageLocale,
): ImportIssue {
  return { column: null, code, message: issueMessage(code, locale) };
}

const sectionLine = /^\s*[【[]\s*(.+?)\s*[】\]]\s*$/;

/** The parts of a sectioned CSV; lines before the first 【name】 line form a part named ''. */
export function readSectionedCsv(bytes: Uint8Array): Map<string, SheetTable> {
  const parsed = Papa.parse<string[]>(decodeCsvBytes(bytes), { header: false, skipEmptyLines: false });
  const sheets = new Map<string, SheetTable>();
  let current: SheetTable | null = null;
  let awaitingHeader = false;
  parsed.data.forEach((fields, index) => {
    const cells: SheetCell[] = fields.map((field) => ({ value: unguarded(field) }));
    if (cells.every((cell) => isBlankCell(cell))) return;
    const rest = cells.slice(1);
    const section = sectionLine.exec(String(cells[0]?.value ?? ''));
    if (section && rest.every((cell) => isBlankCell(cell))) {
      current = { headers: [], rows: [], merges: [] };
      sheets.set(section[1] ?? '', current);
      awaitingHeader = true;
      return;
    }
    if (!current) {
      current = { headers: [], rows: [], merges: [] };
      sheets.set('', current);
      awaitingHeader = true;
    }
    if (awaitingHeader) {
      current.headers = cells.map((cell) => String(cell.value ?? '').trim());
      awaitingHeader = false;
    } else current.rows.push({ number: index + 1, cells });
  });
  return sheets;
}

/** Reads an .xlsx (by its zip signature) or else a sectioned CSV; an old .xls or a broken file is a file issue. */
export async function readTemplateSheets(
  bytes: Uint8Array,
  fileName: string | null,
  locale: MessageLocale,
): Promise<ReadSheets> {
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOle || /\.xls$/i.test(fileName ?? '')) return { ok: false, issue: fileIssue('legacyExcel', locale) };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { readXlsxSheets, UnreadableWorkbookError } = await import('../xlsx');
    try {
      return { ok: true, sheets: await readXlsxSheets(bytes) };
    } catch (error) {
      if (!(error instanceof UnreadableWorkbookError)) throw error;
      return {
        ok: false,
        issue: fileIssue(error.reason === 'tooLarge' ? 'unpackedTooLarge' : 'unreadableFile', locale),
      };
    }
  }
  if (bytes.includes(0)) return { ok: false, issue: fileIssue('unreadableFile', locale) };
  return { ok: true, sheets: readSectionedCsv(bytes) };
}
