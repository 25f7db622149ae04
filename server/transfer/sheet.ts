/**
 * A spreadsheet as the importers read it and the exporters write it, whatever the file format.
 * Browser-safe: the Excel reading and writing that needs exceljs is in ./xlsx.ts.
 */

/** A cell as read: text, a number, a true/false, a date (an Excel date cell), or blank. */
export type SheetValue = string | number | boolean | Date | null;

export interface SheetCell {
  /** For a formula, its cached result (null when the file carries none). */
  value: SheetValue;
  /** Shown as a percentage: Excel keeps 6.5% as 0.065. */
  percent?: boolean;
  /** The cell holds a formula. */
  formula?: boolean;
  /** An Excel error value such as #DIV/0!. */
  error?: string;
}

export interface SheetRow {
  /** As the spreadsheet numbers it: the header is row 1. */
  number: number;
  /** By column, from the first (index 0); undefined where the row has no cell. */
  cells: (SheetCell | undefined)[];
}

/** A block of merged cells, by 1-based row and column numbers. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The data sheet of a file: its header row, the data rows that are not blank, and merged areas. */
export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
  merges: CellRange[];
}

/** What a written cell holds: text, a number, or nothing. */
export type WrittenValue = string | number | null;

export interface SheetColumn {
  header: string;
  /** In characters. */
  width: number;
  /** `text` keeps 2024-03 from turning into a date and ids from turning into numbers. */
  format?: 'text' | 'number';
  /** A drop-down of the allowed entries. */
  choices?: readonly string[];
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: WrittenValue[][];
}

/** A workbook to write: the data sheet first (the one CSV carries), then notes such as 说明. */
export interface SheetDocument {
  sheets: [SheetSpec, ...SheetSpec[]];
}

/** A1-style name of a column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** e.g. B3:C4. */
export function rangeLabel(range: CellRange): string {
  return `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}

/** True for a cell with nothing in it (or only spaces). */
export function isBlankCell(cell: SheetCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error !== undefined || cell.formula) return false;
  const { value } = cell;
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The two-column notes sheet (说明) that explains a template or an export. */
export function notesSheet(lines: [string, string][]): SheetSpec {
  return {
    name: '说明',
    columns: [
      { header: '项目', width: 18 },
      { header: '说明', width: 90 },
    ],
    rows: lines,
  };
}
