/**
 * Reading one row of a template sheet: each cell by its column, typed as the column wants it,
 * with every problem noted against the column's header; what was read is kept for the preview.
 * Browser-safe.
 */
import type { ImportCell, ImportIssue, ImportRow } from '../../../src/api/transferContract';
import type { IsoDate, Period } from '../../../src/domain/model';
import type { MessageLocale } from '../../http/locale';
import {
  readChoice,
  readDate,
  readNumber,
  readPeriod,
  readText,
  readYesNo,
  shownValue,
  type CellResult,
} from '../cellValues';
import type { ColumnPositions } from '../columns';
import type { SheetCell, SheetRow } from '../sheet';
import type { TemplateColumn } from './sheets';
import { templateMessage, type TemplateCode, type TemplateParams } from './templateMessages';
import type { Choice } from './words';

/** What the preview shows of a cell at most. */
const shownLength = 200;

function shortened(value: ImportCell): ImportCell {
  return typeof value === 'string' && value.length > shownLength ? `${value.slice(0, shownLength)}…` : value;
}

export class RowReader<Key extends string> {
  readonly issues: ImportIssue[] = [];
  readonly values: Record<string, ImportCell> = {};

  constructor(
    private readonly columns: readonly TemplateColumn<Key>[],
    private readonly positions: ColumnPositions<Key>,
    readonly row: SheetRow,
    readonly locale: MessageLocale,
  ) {
    for (const column of columns) {
      const position = positions[column.key];
      if (position !== undefined) this.values[column.header] = shortened(shownValue(row.cells[position]));
    }
  }

  get rowNumber(): number {
    return this.row.number;
  }

  cell(key: Key): SheetCell | undefined {
    const position = this.positions[key];
    return position === undefined ? undefined : this.row.cells[position];
  }

  header(key: Key | null): string | null {
    return key === null ? null : (this.columns.find((column) => column.key === key)?.header ?? null);
  }

  add(key: Key | null, code: TemplateCode, params: TemplateParams = {}): void {
    this.issues.push({ column: this.header(key), code, message: templateMessage(code, this.locale, params) });
  }

  has(key: Key): boolean {
    const header = this.header(key);
    return this.issues.some((issue) => issue.column === header);
  }

  #read<T>(key: Key, result: CellResult<T | null>, required: boolean): T | null {
    if (!result.ok) {
      this.add(key, result.code, result.params);
      return null;
    }
    if (result.value === null && required) this.add(key, 'required');
    return result.value;
  }

  text(key: Key, options: { required?: boolean; max?: number } = {}): string | null {
    return this.#read(key, readText(this.cell(key), options.max ?? 500), options.required ?? false);
  }

  /** A source sentence: text of at least 4 characters. */
  quote(key: Key): string | null {
    const text = this.text(key, { required: true, max: 2000 });
    if (text !== null && text.length < 4) {
      this.add(key, 'quoteTooShort');
      return null;
    }
    return text;
  }

  number(
    key: Key,
    options: { required?: boolean; whole?: boolean; min?: number; max?: number; percent?: boolean } = {},
  ): number | null {
    const value = this.#read(
      key,
      readNumber(this.cell(key), { percent: options.percent ?? false }),
      options.required ?? false,
    );
    if (value === null) return null;
    if (options.whole && !Number.isInteger(value)) {
      this.add(key, 'wholeNumber');
      return null;
    }
    const { min, max } = options;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      this.add(key, 'outOfRange', { min: min ?? -Infinity, ...(max === undefined ? {} : { max }) });
      return null;
    }
    return value;
  }

  date(key: Key, options: { required?: boolean } = {}): IsoDate | null {
    return this.#read(key, readDate(this.cell(key)), options.required ?? false);
  }

  period(key: Key, options: { required?: boolean } = {}): Period | null {
    return this.#read(key, readPeriod(this.cell(key)), options.required ?? false);
  }

  choice<T extends string>(key: Key, choice: Choice<T>, options: { required?: boolean } = {}): T | null {
    return this.#read(
      key,
      readChoice(this.cell(key), choice.lookup, choice.offered),
      options.required ?? false,
    );
  }

  flag(key: Key): boolean | null {
    return this.#read(key, readYesNo(this.cell(key)), false);
  }

  result(): ImportRow {
    return {
      row: this.row.number,
      outcome: this.issues.length > 0 ? 'error' : 'create',
      values: this.values,
      issues: this.issues,
    };
  }
}

/** A list of names or ids in one cell, split at 、 , ， ; ；. */
export function splitList(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/[、,，;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
