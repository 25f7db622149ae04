/**
 * Reading typed values out of spreadsheet cells, as people fill them in: numbers typed as text
 * with separators or a %, percentages that Excel stores as fractions, dates as Excel dates or as
 * 2024-03-31, 2024/3/31 or 2024年3月31日, periods as 2024-03 or 2024年3月. A cell that cannot be
 * read gives an issue code instead of a value. Browser-safe.
 */
import type { ImportCell } from '../../src/api/transferContract';
import type { IsoDate, Period } from '../../src/domain/model';
import { parseTypedNumber } from '../../src/domain/valueRules';
import type { IssueCode, IssueParams } from './issueMessages';
import type { SheetCell } from './sheet';

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: IssueCode; params: IssueParams };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const problem = (code: IssueCode, params: IssueParams = {}): CellResult<never> => ({
  ok: false,
  code,
  params,
});

function isoOfDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The cell as the preview shows what was read: Excel dates as 2024-03-31, blanks as null. */
export function shownValue(cell: SheetCell | undefined): ImportCell {
  if (!cell) return null;
  if (cell.error !== undefined) return cell.error;
  const { value } = cell;
  if (value instanceof Date) return isoOfDate(value);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
}

/** Formulas without a result and Excel error values cannot be read at all. */
function unreadable(cell: SheetCell | undefined): CellResult<never> | null {
  if (cell?.error !== undefined) return problem('cellError', { text: cell.error });
  if (cell?.formula && cell.value === null) return problem('formulaWithoutResult');
  return null;
}

/** Text, trimmed; null when blank. Numbers and dates are read as their text. */
export function readText(cell: SheetCell | undefined, maxLength: number): CellResult<string | null> {
  const bad = unreadable(cell);
  if (bad) return bad;
  const shown = shownValue(cell);
  if (shown === null) return ok(null);
  const text = String(shown);
  return text.length > maxLength ? problem('tooLong', { max: maxLength }) : ok(text);
}

/**
 * A number; null when blank. With `percent`, a cell formatted as a percentage (6.5% kept as 0.065)
 * is read as the percent figure 6.5.
 */
export function readNumber(
  cell: SheetCell | undefined,
  options: { percent: boolean },
): CellResult<number | null> {
  const bad = unreadable(cell);
  if (bad) return bad;
  const value = cell?.value ?? null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return problem('notANumber', { text: String(value) });
    return ok(options.percent && cell?.percent ? Math.round(value * 100 * 1e9) / 1e9 : value);
  }
  if (value === null) return ok(null);
  const text = value instanceof Date ? isoOfDate(value) : String(value);
  const parsed = parseTypedNumber(text);
  return parsed === 'invalid' ? problem('notANumber', { text: text.trim() }) : ok(parsed);
}

function calendarDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return isoOfDate(date);
}

const dateText = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const periodText = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** A calendar day; null when blank. */
export function readDate(cell: SheetCell | undefined): CellResult<IsoDate | null> {
  const bad = unreadable(cell);
  if (bad) return bad;
  const value = cell?.value ?? null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? problem('invalidDate', { text: '' }) : ok(isoOfDate(value));
  const shown = shownValue(cell);
  if (shown === null) return ok(null);
  const text = String(shown);
  const match = dateText.exec(text);
  const date = match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  return date ? ok(date) : problem('invalidDate', { text });
}

/** A month, `YYYY-MM`; a full date (what Excel makes of 2024-03) is read as its month. Null when blank. */
export function readPeriod(cell: SheetCell | undefined): CellResult<Period | null> {
  const bad = unreadable(cell);
  if (bad) return bad;
  const value = cell?.value ?? null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return ok(isoOfDate(value).slice(0, 7));
  const shown = shownValue(cell);
  if (shown === null) return ok(null);
  const text = String(shown);
  const month = periodText.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return ok(`${month[1]}-${String(Number(month[2])).padStart(2, '0')}`);
  const day = dateText.exec(text);
  const date = day ? calendarDate(Number(day[1]), Number(day[2]), Number(day[3])) : null;
  return date ? ok(date.slice(0, 7)) : problem('invalidPeriod', { text });
}

/**
 * One of a fixed set of words; `words` maps every accepted spelling (Chinese, English, codes) to
 * its value, matched without case or spaces. `shown` are the words the message offers. Null when blank.
 */
export function readChoice<T>(
  cell: SheetCell | undefined,
  words: ReadonlyMap<string, T>,
  shown: string[],
): CellResult<T | null> {
  const text = readText(cell, 200);
  if (!text.ok || text.value === null) return text as CellResult<null>;
  const choice = words.get(choiceKey(text.value));
  return choice === undefined ? problem('invalidChoice', { text: text.value, list: shown }) : ok(choice);
}

/** How a choice is looked up: without case, spaces or full-width forms. */
export function choiceKey(word: string): string {
  return word.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A lookup of choices from their labels: each value under its Chinese and English words and its code. */
export function choiceWords<T extends string>(labels: Record<T, { zh: string; en: string }>): Map<string, T> {
  const words = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, { zh: string; en: string }][])
    for (const word of [code, label.zh, label.en]) words.set(choiceKey(word), code);
  return words;
}

const yesNo = new Map<string, boolean>(
  (
    [
      ['是', true],
      ['否', false],
      ['yes', true],
      ['no', false],
      ['y', true],
      ['n', false],
      ['true', true],
      ['false', false],
      ['1', true],
      ['0', false],
    ] as const
  ).map(([word, value]) => [word, value]),
);

/** 是 / 否 (also yes/no, true/false, 1/0); null when blank. */
export function readYesNo(cell: SheetCell | undefined): CellResult<boolean | null> {
  if (typeof cell?.value === 'boolean') return ok(cell.value);
  return readChoice(cell, yesNo, ['是', '否']);
}

/** The version a row was read at: a positive whole number, or null when blank (new data). */
export function readVersion(cell: SheetCell | undefined): CellResult<number | null> {
  const number = readNumber(cell, { percent: false });
  if (!number.ok) {
    return number.code === 'notANumber'
      ? problem('invalidVersion', { text: number.params.text ?? '' })
      : number;
  }
  if (number.value === null) return ok(null);
  return Number.isInteger(number.value) && number.value > 0
    ? ok(number.value)
    : problem('invalidVersion', { text: String(number.value) });
}
