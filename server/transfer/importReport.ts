/**
 * The pieces every import shares: reading the uploaded file into a table, refusing empty and
 * overlong sheets, collecting a row's issues, and counting the outcomes into the report.
 * Browser-safe; Excel files are read by ./xlsx.ts, loaded only when one arrives.
 */
import {
  importOutcomes,
  maxImportRows,
  type ImportCell,
  type ImportCounts,
  type ImportIssue,
  type ImportMode,
  type ImportOutcome,
  type ImportReport,
  type ImportRow,
  type TransferKind,
} from '../../src/api/transferContract';
import type { MessageLocale } from '../http/locale';
import type { ColumnSpec } from './columns';
import { readCsv } from './csv';
import { issueMessage, type IssueCode, type IssueParams } from './issueMessages';
import { rangeLabel, type SheetTable } from './sheet';

export type ReadTable = { ok: true; table: SheetTable } | { ok: false; issue: ImportIssue };

function fileIssue(code: IssueCode, locale: MessageLocale, params: IssueParams = {}): ImportIssue {
  return { column: null, code, message: issueMessage(code, locale, params) };
}

function isOleFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Reads an .xlsx (by its zip signature) or else CSV; an old .xls or a broken file is a file issue. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string | null,
  locale: MessageLocale,
): Promise<ReadTable> {
  if (isOleFile(bytes) || /\.xls$/i.test(fileName ?? ''))
    return { ok: false, issue: fileIssue('legacyExcel', locale) };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { readXlsx, UnreadableWorkbookError } = await import('./xlsx');
    try {
      return { ok: true, table: await readXlsx(bytes) };
    } catch (error) {
      if (!(error instanceof UnreadableWorkbookError)) throw error;
      return {
        ok: false,
        issue: fileIssue(error.reason === 'tooLarge' ? 'unpackedTooLarge' : 'unreadableFile', locale),
      };
    }
  }
  if (bytes.includes(0)) return { ok: false, issue: fileIssue('unreadableFile', locale) };
  return { ok: true, table: readCsv(bytes) };
}

/** Issues of the sheet's size: no data rows, or more than an import may carry. */
export function sizeIssues(table: SheetTable, locale: MessageLocale): ImportIssue[] {
  if (table.rows.length === 0) return [fileIssue('emptySheet', locale)];
  if (table.rows.length > maxImportRows)
    return [fileIssue('tooManyRows', locale, { count: table.rows.length, max: maxImportRows })];
  return [];
}

/** Collects one row's issues and what was read, by column header. */
export class RowIssues<Key extends string> {
  readonly issues: ImportIssue[] = [];
  readonly values: Record<string, ImportCell> = {};

  constructor(
    private readonly specs: readonly ColumnSpec<Key>[],
    private readonly locale: MessageLocale,
  ) {}

  private headerOf(key: Key | null): string | null {
    return key === null ? null : (this.specs.find((spec) => spec.key === key)?.header ?? null);
  }

  add(key: Key | null, code: IssueCode, params: IssueParams = {}): void {
    this.issues.push({ column: this.headerOf(key), code, message: issueMessage(code, this.locale, params) });
  }

  /** Whether a column already has an issue (so that a rule is not reported twice). */
  has(key: Key): boolean {
    const header = this.headerOf(key);
    return this.issues.some((issue) => issue.column === header);
  }

  show(key: Key, value: ImportCell): void {
    const header = this.headerOf(key);
    if (header !== null) this.values[header] = value;
  }

  row(number: number, outcome: ImportOutcome): ImportRow {
    return {
      row: number,
      outcome: this.issues.length > 0 ? 'error' : outcome,
      values: this.values,
      issues: this.issues,
    };
  }
}

/** Adds an issue to every row that a merged area covers, at its first column. */
export function mergedCellIssues<Key extends string>(
  table: SheetTable,
  rowNumber: number,
  keyAt: (columnIndex: number) => Key | null,
  issues: RowIssues<Key>,
): void {
  for (const range of table.merges) {
    if (rowNumber < range.top || rowNumber > range.bottom) continue;
    issues.add(keyAt(range.left - 1), 'mergedCells', { text: rangeLabel(range) });
  }
}

export function countOutcomes(rows: readonly ImportRow[]): ImportCounts {
  const counts = Object.fromEntries(importOutcomes.map((outcome) => [outcome, 0])) as ImportCounts;
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}

export function importReport(fields: {
  kind: TransferKind;
  mode: ImportMode;
  fileName: string | null;
  columns: readonly ColumnSpec<string>[];
  fileIssues: ImportIssue[];
  rows: ImportRow[];
  batchId?: string | null;
}): ImportReport {
  return {
    kind: fields.kind,
    mode: fields.mode,
    fileName: fields.fileName,
    columns: fields.columns.map((column) => column.header),
    fileIssues: fields.fileIssues,
    rows: fields.rows,
    counts: countOutcomes(fields.rows),
    committed: fields.batchId !== undefined && fields.batchId !== null,
    batchId: fields.batchId ?? null,
  };
}
