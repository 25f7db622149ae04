/**
 * The sheets of an uploaded template found by name (Chinese, English or key), their headers
 * matched, and a reader for each row. A sheet whose header row is refused gives no rows.
 * Browser-safe.
 */
import type { ImportIssue } from '../../../src/api/transferContract';
import type { MessageLocale } from '../../http/locale';
import { matchColumns, normalizedHeader } from '../columns';
import type { SheetTable } from '../sheet';
import { RowReader } from './rowReader';
import { notesSheetName, sheetKeys, templateSheets, type SheetKey } from './sheets';
import { templateMessage } from './templateMessages';

type ColumnKey<S extends SheetKey> = (typeof templateSheets)[S]['columns'][number]['key'];

export interface SheetRead<S extends SheetKey> {
  key: S;
  /** False when the file has no such sheet. */
  present: boolean;
  /** Problems of the sheet as a whole (its header row). */
  issues: ImportIssue[];
  readers: RowReader<ColumnKey<S>>[];
}

export type SheetsRead = { [S in SheetKey]: SheetRead<S> };

export interface FoundSheets {
  sheets: SheetsRead;
  fileIssues: ImportIssue[];
}

function sheetKeyOf(name: string): SheetKey | null {
  const wanted = normalizedHeader(name);
  return (
    sheetKeys.find((key) => {
      const sheet = templateSheets[key];
      return [key, sheet.name, sheet.english].some((candidate) => normalizedHeader(candidate) === wanted);
    }) ?? null
  );
}

function readSheet<S extends SheetKey>(
  key: S,
  table: SheetTable | undefined,
  locale: MessageLocale,
): SheetRead<S> {
  if (!table) return { key, present: false, issues: [], readers: [] };
  const columns = templateSheets[key].columns as readonly (typeof templateSheets)[S]['columns'][number][];
  const { positions, issues } = matchColumns(table, columns, locale);
  if (issues.length > 0) return { key, present: true, issues, readers: [] };
  return {
    key,
    present: true,
    issues: [],
    readers: table.rows.map((row) => new RowReader<ColumnKey<S>>(columns, positions, row, locale)),
  };
}

/** Finds each sheet of the template among the file's; names it does not know are a file issue. */
export function findSheets(tables: Map<string, SheetTable>, locale: MessageLocale): FoundSheets {
  const byKey = new Map<SheetKey, SheetTable>();
  const unknown: string[] = [];
  for (const [name, table] of tables) {
    if (name === notesSheetName) continue;
    const key = sheetKeyOf(name);
    if (key && !byKey.has(key)) byKey.set(key, table);
    else if (table.rows.length > 0 || table.headers.some((header) => header !== ''))
      unknown.push(name === '' ? (locale === 'zh' ? '（无表名）' : '(no name)') : name);
  }
  const fileIssues: ImportIssue[] = [];
  const missing = sheetKeys.filter((key) => templateSheets[key].required && !byKey.has(key));
  if (missing.length > 0)
    fileIssues.push({
      column: null,
      code: 'missingSheets',
      message: templateMessage('missingSheets', locale, {
        list: missing.map((key) =>
          locale === 'zh' ? templateSheets[key].name : templateSheets[key].english,
        ),
      }),
    });
  if (unknown.length > 0)
    fileIssues.push({
      column: null,
      code: 'unknownSheets',
      message: templateMessage('unknownSheets', locale, { list: unknown }),
    });
  const sheets = Object.fromEntries(
    sheetKeys.map((key) => [key, readSheet(key, byKey.get(key), locale)]),
  ) as unknown as SheetsRead;
  return { sheets, fileIssues };
}

/** Notes each repeated id against its row; the first row of each id is kept. */
export function uniqueIds<Key extends string>(
  readers: readonly RowReader<Key>[],
  idOf: (reader: RowReader<Key>) => string | null,
  column: Key,
): Map<string, RowReader<Key>> {
  const first = new Map<string, RowReader<Key>>();
  for (const reader of readers) {
    const id = idOf(reader);
    if (id === null) continue;
    const earlier = first.get(id);
    if (earlier) reader.add(column, 'duplicateId', { text: id, row: earlier.rowNumber });
    else first.set(id, reader);
  }
  return first;
}
