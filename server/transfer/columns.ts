/**
 * The columns of an import and the header row that names them. Headers are matched leniently
 * (spaces, full-width brackets and a trailing * do not matter; English names are accepted too),
 * and a header row with missing, unknown or repeated columns is refused naming them.
 */
import type { ImportIssue } from '../../src/api/transferContract';
import type { MessageLocale } from '../http/locale';
import { issueMessage } from './issueMessages';
import { columnLetter, isBlankCell, type SheetTable } from './sheet';

export interface ColumnSpec<Key extends string> {
  key: Key;
  /** As the template writes it. */
  header: string;
  /** Other names accepted on import, e.g. the English one. */
  aliases: readonly string[];
  /** The file must have this column. */
  required: boolean;
  /** Written by exports for reading only; ignored on import. */
  readOnly?: boolean;
}

/** Where each known column is in the file (0-based); absent keys are not in the file. */
export type ColumnPositions<Key extends string> = Partial<Record<Key, number>>;

export function normalizedHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊]+$/, '')
    .toLowerCase();
}

function issue(
  code: 'missingColumns' | 'unknownColumns' | 'duplicateColumns' | 'missingHeader',
  list: string[],
  locale: MessageLocale,
): ImportIssue {
  return { column: null, code, message: issueMessage(code, locale, { list }) };
}

/** Matches the header row to the columns; file issues name every missing, unknown or repeated column. */
export function matchColumns<Key extends string>(
  table: SheetTable,
  specs: readonly ColumnSpec<Key>[],
  locale: MessageLocale,
): { positions: ColumnPositions<Key>; issues: ImportIssue[] } {
  const byName = new Map<string, ColumnSpec<Key>>();
  for (const spec of specs)
    for (const name of [spec.header, spec.key, ...spec.aliases]) byName.set(normalizedHeader(name), spec);

  const positions: ColumnPositions<Key> = {};
  const unknown: string[] = [];
  const repeated = new Set<string>();
  table.headers.forEach((header, index) => {
    if (header === '') {
      if (table.rows.some((row) => !isBlankCell(row.cells[index])))
        unknown.push(
          locale === 'zh'
            ? `第 ${columnLetter(index + 1)} 列（无列名）`
            : `column ${columnLetter(index + 1)} (no name)`,
        );
      return;
    }
    const spec = byName.get(normalizedHeader(header));
    if (!spec) unknown.push(header);
    else if (positions[spec.key] !== undefined) repeated.add(spec.header);
    else positions[spec.key] = index;
  });
  const missing = specs
    .filter((spec) => spec.required && positions[spec.key] === undefined)
    .map((spec) => spec.header);

  if (table.headers.every((header) => header === ''))
    return { positions, issues: [issue('missingHeader', [], locale)] };
  const issues: ImportIssue[] = [];
  if (missing.length > 0) issues.push(issue('missingColumns', missing, locale));
  if (unknown.length > 0) issues.push(issue('unknownColumns', unknown, locale));
  if (repeated.size > 0) issues.push(issue('duplicateColumns', [...repeated], locale));
  return { positions, issues };
}
