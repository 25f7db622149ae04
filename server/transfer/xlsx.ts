/**
 * Excel (.xlsx) in and out with exceljs. exceljs is large, so routes load this module with a
 * dynamic import when a request needs it, and nothing else imports it statically.
 */
import ExcelJS from 'exceljs';
import type { CellRange, SheetCell, SheetDocument, SheetRow, SheetSpec, SheetTable } from './sheet';
import { isBlankCell } from './sheet';
import { zipUncompressedSize } from './zipSize';

/** A workbook whose parts would unpack to more than this is refused before it is read. */
export const maxUnpackedBytes = 40 * 1024 * 1024;

export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: 'notXlsx' | 'tooLarge',
    options?: { cause?: unknown },
  ) {
    super(reason === 'tooLarge' ? 'the workbook unpacks to too much data' : 'not an Excel workbook', options);
    this.name = 'UnreadableWorkbookError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A plain value of a cell: rich text and hyperlinks as their text, Excel errors apart. */
function plainValue(value: unknown): Pick<SheetCell, 'value' | 'error'> {
  if (value === null || value === undefined) return { value: null };
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return { value };
  if (isRecord(value)) {
    if (typeof value.error === 'string') return { value: null, error: value.error };
    if (Array.isArray(value.richText))
      return { value: value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('') };
    if (typeof value.text === 'string') return { value: value.text };
  }
  return { value: String(value) };
}

function sheetCell(cell: ExcelJS.Cell): SheetCell {
  const raw: unknown = cell.value;
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  if (isRecord(raw) && ('formula' in raw || 'sharedFormula' in raw)) {
    return { ...plainValue(raw.result), formula: true, ...(percent ? { percent } : {}) };
  }
  return { ...plainValue(raw), ...(percent ? { percent } : {}) };
}

function parseRange(text: string): CellRange | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(text);
  if (!match) return null;
  const column = (letters: string) =>
    [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const [, left = '', top = '', right = '', bottom = ''] = match;
  return { top: Number(top), left: column(left), bottom: Number(bottom), right: column(right) };
}

/** The data sheet: the first one that is not the notes (说明). */
function dataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim() !== '说明');
}

/** Loads an .xlsx file. Throws UnreadableWorkbookError when it is not one. */
async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const unpacked = zipUncompressedSize(bytes);
  if (unpacked === null) throw new UnreadableWorkbookError('notXlsx');
  if (unpacked > maxUnpackedBytes) throw new UnreadableWorkbookError('tooLarge');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Node Buffer; its zip reader takes any byte array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new UnreadableWorkbookError('notXlsx', { cause });
  }
  // Every workbook Excel saves has a sheet; a zip without one is some other file.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError('notXlsx');
  return workbook;
}

/** A sheet as a table: its header row, the rows below that are not blank, its merged areas. */
function tableOf(sheet: ExcelJS.Worksheet): SheetTable {
  let headers: string[] = [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (SheetCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = sheetCell(cell);
    });
    if (rowNumber === 1) {
      headers = Array.from(cells, (cell) => (cell?.value == null ? '' : String(cell.value).trim()));
    } else if (cells.some((cell) => !isBlankCell(cell))) {
      rows.push({ number: rowNumber, cells });
    }
  });
  const merges = sheet.hasMerges
    ? sheet.model.merges.flatMap((text) => parseRange(text) ?? []).filter((range) => range.bottom >= 2)
    : [];
  return { headers, rows, merges };
}

/** Reads the data sheet of an .xlsx file. Throws UnreadableWorkbookError when it is not one. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetTable> {
  const sheet = dataSheet(await loadWorkbook(bytes));
  return sheet ? tableOf(sheet) : { headers: [], rows: [], merges: [] };
}

/** Every sheet of an .xlsx file by its name, in the workbook's order. Throws UnreadableWorkbookError when it is not one. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<Map<string, SheetTable>> {
  const workbook = await loadWorkbook(bytes);
  return new Map(workbook.worksheets.map((sheet) => [sheet.name.trim(), tableOf(sheet)]));
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
/** Rows below the data that still offer a column's drop-down, for rows people add. */
const spareRows = 200;

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.format === 'text' ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.addRows(spec.rows);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 22;
  header.eachCell((cell) => {
    cell.fill = headerFill;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C8' } } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  const lastRow = spec.rows.length + 1 + spareRows;
  spec.columns.forEach((column, index) => {
    if (!column.choices) return;
    const list = `"${column.choices.join(',')}"`;
    for (let row = 2; row <= lastRow; row += 1)
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: column.header,
        error: column.choices.join(' / '),
      };
  });
}

/** The workbook as .xlsx bytes: each sheet with a frozen, styled and filterable header row. */
export async function writeXlsx(document: SheetDocument): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '目标看板';
  workbook.created = new Date();
  for (const spec of document.sheets) addSheet(workbook, spec);
  const written: ArrayBuffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written);
}
