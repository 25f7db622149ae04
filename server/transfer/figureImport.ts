/**
 * Checking an imported figures sheet row by row against the plan, the user's rights, the value
 * rules (src/domain/valueRules.ts) and the stored versions. The same check runs for the dry run
 * and again for the commit, so the commit writes exactly what the preview showed, or nothing.
 * Browser-safe.
 */
import type { ImportIssue, ImportRow } from '../../src/api/transferContract';
import { formatDate, formatValue } from '../../src/domain/format';
import { checkHistory, readFigureText } from '../../src/domain/entryChecks';
import type { Indicator, IndicatorValue, IsoDate, Judgement } from '../../src/domain/model';
import { checkFigure, checkPeriod, type ValueField, type ValueRule } from '../../src/domain/valueRules';
import type { MessageLocale } from '../http/locale';
import type { FigureWrite } from '../store/writesPort';
import {
  choiceKey,
  choiceWords,
  readChoice,
  readDate,
  readNumber,
  readPeriod,
  readText,
  readVersion,
  shownValue,
  type CellResult,
} from './cellValues';
import { matchColumns, type ColumnPositions } from './columns';
import { figureColumns, judgementWords, type FigureColumn } from './figureColumns';
import { mergedCellIssues, RowIssues, sizeIssues } from './importReport';
import type { IssueCode } from './issueMessages';
import type { SheetCell, SheetRow, SheetTable } from './sheet';

export interface FigureImportContext {
  year: number;
  today: IsoDate;
  locale: MessageLocale;
  /** The plan's indicators by id. */
  indicators: ReadonlyMap<string, Indicator>;
  /** The stored figures, by `figureKey`. */
  stored: ReadonlyMap<string, IndicatorValue>;
  /** Whether the user may write figures of an indicator led by this department. */
  mayWrite: (department: string | null) => boolean;
}

export interface CheckedFigures {
  fileIssues: ImportIssue[];
  rows: ImportRow[];
  /** What the rows to create or update would write, in row order. */
  writes: FigureWrite[];
}

export function figureKey(indicatorId: string, period: string): string {
  return `${indicatorId}|${period}`;
}

const judgements = choiceWords(judgementWords);
const judgementChoices = Object.values(judgementWords).map((word) => word.zh);
const milestoneWords = new Map<string, number>(
  ['已完成', '完成', '是', 'done']
    .map((word) => [choiceKey(word), 1] as [string, number])
    .concat(['未完成', '否', 'not done'].map((word) => [choiceKey(word), 0])),
);

const valueRuleColumns: Record<ValueField, FigureColumn> = {
  value: 'value',
  judgement: 'judgement',
  achievedOn: 'achievedOn',
  period: 'period',
};

/** Value rules that share their code with an import issue. */
const ruleCodes: Record<ValueRule, IssueCode> = {
  derived: 'derived',
  required: 'required',
  notANumber: 'notANumber',
  wholeNumber: 'wholeNumber',
  outOfRange: 'outOfRange',
  milestoneFlag: 'milestoneFlag',
  judgementRequired: 'judgementRequired',
  judgementNotAllowed: 'judgementNotAllowed',
  achievedOnRequired: 'achievedOnRequired',
  achievedOnNotAllowed: 'achievedOnNotAllowed',
  achievedOnInFuture: 'achievedOnInFuture',
  periodOutsidePlanYear: 'periodOutsidePlanYear',
  periodInFuture: 'periodInFuture',
  periodOffRhythm: 'periodOffRhythm',
};

/** A stored figure in a few words: 6.2%（张三，2024年4月3日）. */
function describeFigure(figure: IndicatorValue, indicator: Indicator, locale: MessageLocale): string {
  const formatLocale = locale === 'zh' ? 'zh-CN' : 'en-US';
  const parts: string[] = [];
  if (figure.judgement)
    parts.push(locale === 'zh' ? judgementWords[figure.judgement].zh : judgementWords[figure.judgement].en);
  if (figure.value !== null) parts.push(formatValue(figure.value, indicator, formatLocale));
  const when = formatDate(figure.recordedAt.slice(0, 10), formatLocale);
  const who = figure.isDemo ? (locale === 'zh' ? '示例数据' : 'demo data') : figure.recordedBy;
  return `${parts.join(' ') || '—'}${locale === 'zh' ? `（${who}，${when}）` : ` (${who}, ${when})`}`;
}

/**
 * Whether the row says what is stored. A demo figure's note and source are not offered in the
 * template (they would otherwise be carried into real figures), so only its figure is compared.
 */
function sameFigure(stored: IndicatorValue, write: FigureWrite): boolean {
  return (
    stored.value === write.value &&
    stored.judgement === (write.judgement ?? null) &&
    stored.achievedOn === (write.achievedOn ?? null) &&
    (stored.isDemo ||
      ((stored.note ?? '') === write.note && (stored.source ?? null) === (write.source ?? null)))
  );
}

function readFigureValue(
  cell: SheetCell | undefined,
  indicator: Indicator | undefined,
): CellResult<number | null> {
  if (indicator?.kind === 'milestone' && typeof cell?.value === 'string') {
    const flag = milestoneWords.get(choiceKey(cell.value));
    if (flag !== undefined) return { ok: true, value: flag };
  }
  if (typeof cell?.value === 'string' && cell.error === undefined) {
    // typed text is held to the checks on entry: no decimal comma, no unit (src/domain/entryChecks.ts)
    const read = readFigureText(cell.value);
    if ('value' in read) return { ok: true, value: read.value };
    const text = cell.value.trim();
    if (read.issue.rule === 'decimalComma')
      return { ok: false, code: 'decimalComma', params: { text, suggestion: read.issue.suggestion } };
    if (read.issue.rule === 'unitTyped')
      return { ok: false, code: 'unitTyped', params: { text, suggestion: read.issue.number } };
  }
  return readNumber(cell, { percent: indicator?.unit === 'percent' });
}

/** The indicator's stored figures, to compare an imported one with. */
function historyOf(indicator: Indicator, stored: ReadonlyMap<string, IndicatorValue>) {
  return [...stored.values()].filter((figure) => figure.indicatorId === indicator.id);
}

function checkRow(
  row: SheetRow,
  table: SheetTable,
  positions: ColumnPositions<FigureColumn>,
  context: FigureImportContext,
  seen: Map<string, number>,
): { row: ImportRow; write: FigureWrite | null } {
  const issues = new RowIssues(figureColumns, context.locale);
  const cellOf = (key: FigureColumn) => {
    const position = positions[key];
    return position === undefined ? undefined : row.cells[position];
  };
  for (const spec of figureColumns)
    if (positions[spec.key] !== undefined) issues.show(spec.key, shownValue(cellOf(spec.key)));
  const keyAt = (index: number) => figureColumns.find((spec) => positions[spec.key] === index)?.key ?? null;
  mergedCellIssues(table, row.number, keyAt, issues);

  /** The value read, or null after noting why it could not be. */
  function read<T>(key: FigureColumn, result: CellResult<T>): T | null {
    if (result.ok) return result.value;
    issues.add(key, result.code, result.params);
    return null;
  }

  const id = read('indicatorId', readText(cellOf('indicatorId'), 80));
  const indicator = id === null ? undefined : context.indicators.get(id);
  const period = read('period', readPeriod(cellOf('period')));
  const value = read('value', readFigureValue(cellOf('value'), indicator));
  const judgementText = cellOf('judgement');
  const judgement: Judgement | null = read(
    'judgement',
    readChoice(judgementText, judgements, judgementChoices),
  );
  const achievedOn = read('achievedOn', readDate(cellOf('achievedOn')));
  const note = read('note', readText(cellOf('note'), 2000));
  const source = read('source', readText(cellOf('source'), 500));
  const version = read('version', readVersion(cellOf('version')));
  if (value !== null) issues.show('value', value);
  if (period !== null) issues.show('period', period);
  if (version !== null) issues.show('version', version);

  const figureGiven = [value, judgement, achievedOn, note, source].some((field) => field !== null);
  const figureCellsRead = !issues.has('value') && !issues.has('judgement') && !issues.has('achievedOn');
  if (!figureGiven && figureCellsRead && !issues.has('note') && !issues.has('source'))
    return { row: issues.row(row.number, 'skipped'), write: null };

  if (id === null) issues.add('indicatorId', 'required');
  else if (!indicator) issues.add('indicatorId', 'unknownIndicator', { text: id });
  if (period === null && !issues.has('period')) issues.add('period', 'required');
  if (!indicator || id === null) return { row: issues.row(row.number, 'error'), write: null };
  issues.show('indicatorName', indicator.name.zh);

  if (indicator.derivation !== null) {
    issues.add('indicatorId', 'derived');
    return { row: issues.row(row.number, 'error'), write: null };
  }
  if (!context.mayWrite(indicator.leadDepartment)) {
    issues.add('indicatorId', 'notPermitted', { department: indicator.leadDepartment });
    return { row: issues.row(row.number, 'error'), write: null };
  }
  if (period !== null) {
    const periodIssue = checkPeriod(indicator, period, context.year, context.today);
    if (periodIssue) issues.add('period', ruleCodes[periodIssue.rule], { year: context.year });
  }
  if (figureCellsRead) {
    const ruleIssues = checkFigure(indicator, { value, judgement, achievedOn }, context.today);
    for (const issue of ruleIssues)
      issues.add(valueRuleColumns[issue.field], ruleCodes[issue.rule], { min: issue.min, max: issue.max });
    const far =
      ruleIssues.length === 0 && period !== null
        ? checkHistory(indicator.kind, period, value, historyOf(indicator, context.stored))
        : null;
    if (far) {
      const formatLocale = context.locale === 'zh' ? 'zh-CN' : 'en-US';
      issues.add('value', 'farFromHistory', {
        current: formatValue(far.reference, indicator.unit, formatLocale),
        date: far.referencePeriod,
      });
    }
  }
  if (period === null || issues.has('version')) return { row: issues.row(row.number, 'error'), write: null };

  const key = figureKey(indicator.id, period);
  const earlier = seen.get(key);
  if (earlier !== undefined) issues.add(null, 'duplicateRow', { row: earlier });
  else seen.set(key, row.number);

  const stored = context.stored.get(key);
  const storedVersion = stored?.version ?? null;
  if (version !== storedVersion) {
    const text = version === null ? '' : String(version);
    if (stored)
      issues.add('version', 'conflict', {
        current: describeFigure(stored, indicator, context.locale),
        version: stored.version,
        text,
      });
    else issues.add('version', 'conflictNoFigure', { text });
  }
  const write: FigureWrite = {
    indicatorId: indicator.id,
    period,
    value,
    judgement,
    achievedOn,
    note: note ?? '',
    source,
    expectedVersion: version,
  };
  if (stored && sameFigure(stored, write)) return { row: issues.row(row.number, 'unchanged'), write: null };
  const checked = issues.row(row.number, stored ? 'update' : 'create');
  return { row: checked, write: checked.outcome === 'error' ? null : write };
}

/** Every row of the sheet checked; with any file issue, no rows are checked and nothing may be written. */
export function checkFigureSheet(table: SheetTable, context: FigureImportContext): CheckedFigures {
  const { positions, issues: headerIssues } = matchColumns(table, figureColumns, context.locale);
  const fileIssues = headerIssues.length > 0 ? headerIssues : sizeIssues(table, context.locale);
  if (fileIssues.length > 0) return { fileIssues, rows: [], writes: [] };
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  const writes: FigureWrite[] = [];
  for (const sheetRow of table.rows) {
    const { row, write } = checkRow(sheetRow, table, positions, context, seen);
    rows.push(row);
    if (write) writes.push(write);
  }
  return { fileIssues, rows, writes };
}
