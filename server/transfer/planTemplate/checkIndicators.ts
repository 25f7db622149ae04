/**
 * The indicators of a template with their targets (the first on the indicator's row, further
 * dated ones on their own sheet) and planned paths, and the work items: each row checked, every id
 * resolved within the file, every department known, and each indicator held to the same
 * definition rules as the editor's (server/store/plans/definitionChecks.ts), its problems named
 * at the sheet, row and column they come from. Browser-safe.
 */
import type {
  BenchmarkSeries,
  Comparator,
  Indicator,
  Plan,
  PlannedPoint,
  ProgressNote,
  Threshold,
  WorkItem,
} from '../../../src/domain/model';
import { definitionProblems } from '../../store/plans/definitionChecks';
import type { RowReader } from './rowReader';
import { splitList } from './rowReader';
import { uniqueIds, type SheetsRead } from './sheetRows';
import { templateSheets } from './sheets';
import { bilingual } from './checkFrame';
import { draftPlanId } from './templateDraft';
import { choices } from './words';

type IndicatorKey = (typeof templateSheets)['indicators']['columns'][number]['key'];
type ThresholdKey = (typeof templateSheets)['thresholds']['columns'][number]['key'];
type PathKey = (typeof templateSheets)['plannedPath']['columns'][number]['key'];
type TargetKey = 'comparator' | 'value' | 'valueMax' | 'band' | 'deadline';

const figureLimit = { min: -1e9, max: 1e9 };

/** A target's cells, from an indicator's row or a further target's; null when none is given or any is wrong. */
function readThreshold(
  reader: RowReader<IndicatorKey> | RowReader<ThresholdKey>,
  year: number | null,
  percent: boolean,
): Threshold | null {
  const read = reader as RowReader<TargetKey>;
  const comparator: Comparator | null = read.choice('comparator', choices.comparator);
  const value = read.number('value', { ...figureLimit, percent });
  const valueMax = read.number('valueMax', { ...figureLimit, percent });
  const band = read.number('band', { ...figureLimit });
  const deadline = read.date('deadline');
  const given = [comparator, value, valueMax, band, deadline].some((cell) => cell !== null);
  if (!given || read.issues.length > 0) return null;
  if (comparator === null || value === null) {
    read.add(comparator === null ? 'comparator' : 'value', 'targetIncomplete');
    return null;
  }
  return {
    value,
    ...(valueMax === null ? {} : { valueMax }),
    ...(band === null ? {} : { band }),
    comparator,
    deadline: deadline ?? `${year ?? new Date().getUTCFullYear()}-12-31`,
  };
}

interface IndicatorRows {
  indicator: RowReader<IndicatorKey>;
  thresholds: RowReader<ThresholdKey>[];
  path: RowReader<PathKey>[];
}

function checkDepartments<Key extends string>(
  reader: RowReader<Key>,
  column: Key,
  names: string[],
  known: string[] | null,
): void {
  if (known === null) return;
  for (const name of names)
    if (!known.includes(name)) reader.add(column, 'unknownDepartment', { text: name, list: known });
}

/** Puts each definition problem on the row and column it comes from. */
function placeProblem(rows: IndicatorRows, field: string, message: string): void {
  const [root, index, leaf] = field.split('.');
  const at = Number(index);
  if (root === 'thresholds' && leaf !== undefined) {
    if (at === 0) rows.indicator.add(leaf as IndicatorKey, 'definition', { text: message });
    else
      (rows.thresholds[at - 1] ?? rows.indicator).add(leaf as ThresholdKey & IndicatorKey, 'definition', {
        text: message,
      });
    return;
  }
  if (root === 'plannedPath' && leaf !== undefined) {
    const reader = rows.path[at];
    if (reader) reader.add(leaf === 'period' ? 'period' : 'value', 'definition', { text: message });
    else rows.indicator.add(null, 'definition', { text: message });
    return;
  }
  const columns: Record<string, IndicatorKey> = {
    thresholds: 'comparator',
    reference: 'reference',
    actionId: 'action',
    leadDepartment: 'leadDepartment',
    contributingDepartments: 'contributing',
  };
  if (root === 'tolerances')
    rows.indicator.add(index === 'behind' ? 'behind' : 'attention', 'definition', { text: message });
  else rows.indicator.add(columns[root ?? ''] ?? null, 'definition', { text: message });
}

export interface IndicatorContext {
  year: number | null;
  plan: Plan | null;
  actionIds: ReadonlySet<string>;
  benchmarks: BenchmarkSeries[];
  benchmarkIds: ReadonlySet<string>;
  /** The department names references may use; null when the organisation is not known. */
  departments: string[] | null;
  /** Ids of stored indicators that 上年指标编号 names. */
  storedIndicatorIds: ReadonlySet<string>;
}

/** The indicators read; `complete` when every row of theirs is right. */
export function readIndicators(
  sheets: SheetsRead,
  context: IndicatorContext,
): { indicators: Indicator[]; complete: boolean } {
  const { year } = context;
  const readers = sheets.indicators.readers;
  const byId = uniqueIds(readers, (reader) => reader.text('id', { required: true, max: 80 }), 'id');
  const rowsOf = new Map<string, IndicatorRows>();
  for (const [id, indicator] of byId) rowsOf.set(id, { indicator, thresholds: [], path: [] });
  const indicatorSheet = templateSheets.indicators.name;
  for (const reader of sheets.thresholds.readers) {
    const id = reader.text('indicator', { required: true, max: 80 });
    if (id !== null && !rowsOf.has(id))
      reader.add('indicator', 'unknownId', { text: id, sheet: indicatorSheet });
    else if (id !== null) rowsOf.get(id)?.thresholds.push(reader);
  }
  for (const reader of sheets.plannedPath.readers) {
    const id = reader.text('indicator', { required: true, max: 80 });
    if (id !== null && !rowsOf.has(id))
      reader.add('indicator', 'unknownId', { text: id, sheet: indicatorSheet });
    else if (id !== null) rowsOf.get(id)?.path.push(reader);
  }

  const built: { indicator: Indicator; rows: IndicatorRows }[] = [];
  readers.forEach((reader, position) => {
    const id = reader.text('id', { max: 80 });
    const rows = id === null ? undefined : rowsOf.get(id);
    const actionId = reader.text('action', { max: 80 });
    if (actionId !== null && !context.actionIds.has(actionId))
      reader.add('action', 'unknownId', { text: actionId, sheet: templateSheets.actions.name });
    const isMainTarget = reader.flag('mainTarget') ?? actionId === null;
    const order = reader.number('order', { whole: true, min: -1e6, max: 1e6 }) ?? position + 1;
    const name = bilingual(
      reader.text('name', { required: true, max: 200 }),
      reader.text('nameEn', { max: 200 }),
    );
    const kind = reader.choice('kind', choices.kind, { required: true });
    const unit = reader.choice('unit', choices.unit, { required: true });
    const unitLabel = bilingual(
      reader.text('unitLabel', { max: 20 }),
      reader.text('unitLabelEn', { max: 40 }),
    );
    const direction =
      reader.choice('direction', choices.direction) ?? (kind === 'rank' ? 'lowerIsBetter' : 'higherIsBetter');
    const nature = reader.choice('nature', choices.nature) ?? context.plan?.nature ?? 'expected';
    const targetText = bilingual(
      reader.text('targetText', { required: true, max: 500 }),
      reader.text('targetTextEn', { max: 500 }),
    );
    const percent = unit === 'percent';
    const first = readThreshold(reader, year, percent);
    const further = (rows?.thresholds ?? []).map((row) => {
      const threshold = readThreshold(row, year, percent);
      if (threshold === null && row.issues.length === 0) row.add('comparator', 'required');
      return threshold;
    });
    const thresholds = [first, ...further].filter((threshold): threshold is Threshold => threshold !== null);
    if (first === null && further.length > 0 && !reader.has('comparator'))
      reader.add('comparator', 'required');

    const referenceKind = reader.choice('referenceKind', choices.referenceKind);
    const referenceId = reader.text('reference', { max: 80 });
    let reference: Indicator['reference'] = null;
    if ((referenceKind === null) !== (referenceId === null) && !reader.has('referenceKind'))
      reader.add(referenceKind === null ? 'referenceKind' : 'reference', 'referenceIncomplete');
    else if (referenceKind === 'benchmark' && referenceId !== null) {
      if (!context.benchmarkIds.has(referenceId))
        reader.add('reference', 'unknownId', { text: referenceId, sheet: templateSheets.benchmarks.name });
      reference = { kind: 'benchmark', seriesId: referenceId };
    } else if (referenceKind === 'indicator' && referenceId !== null) {
      if (!byId.has(referenceId))
        reader.add('reference', 'unknownId', { text: referenceId, sheet: indicatorSheet });
      reference = { kind: 'indicator', indicatorId: referenceId };
    }

    const frequency = reader.choice('frequency', choices.frequency, { required: true });
    const reportingDueDay = reader.number('reportingDueDay', { whole: true, min: 1, max: 31 });
    const leadDepartment = reader.text('leadDepartment', { max: 100 });
    const contributingDepartments = splitList(reader.text('contributing', { max: 2000 }));
    checkDepartments(
      reader,
      'leadDepartment',
      leadDepartment === null ? [] : [leadDepartment],
      context.departments,
    );
    checkDepartments(reader, 'contributing', contributingDepartments, context.departments);
    const dataSource = bilingual(
      reader.text('dataSource', { required: true, max: 200 }),
      reader.text('dataSourceEn', { max: 200 }),
    );
    const definition = bilingual(
      reader.text('definition', { max: 2000 }),
      reader.text('definitionEn', { max: 2000 }),
    );
    const attention = reader.number('attention', figureLimit);
    const behind = reader.number('behind', figureLimit);
    if ((attention === null) !== (behind === null) && !reader.has('attention') && !reader.has('behind'))
      reader.add(attention === null ? 'attention' : 'behind', 'tolerancesIncomplete');
    const derivation = reader.choice('derivation', choices.derivation);
    const sourceQuote = reader.quote('sourceQuote');
    const previousYear = reader.text('previousYear', { max: 80 });
    if (previousYear !== null && !context.storedIndicatorIds.has(previousYear))
      reader.add('previousYear', 'unknownPreviousIndicator', { text: previousYear });
    const retired = reader.flag('retired') ?? false;

    const plannedPath: PlannedPoint[] = [];
    for (const row of rows?.path ?? []) {
      const period = row.period('period', { required: true });
      const value = row.number('value', { required: true, ...figureLimit, percent });
      if (period !== null && value !== null) plannedPath.push({ period, value });
    }

    const rowsClean = [reader, ...(rows?.thresholds ?? []), ...(rows?.path ?? [])].every(
      (row) => row.issues.length === 0,
    );
    if (!rows || !rowsClean || id === null || name === null || kind === null || unit === null) return;
    if (targetText === null || frequency === null || dataSource === null || sourceQuote === null) return;
    built.push({
      rows,
      indicator: {
        id,
        planId: draftPlanId,
        actionId,
        isMainTarget,
        order,
        name,
        kind,
        unit,
        unitLabel,
        direction,
        frequency,
        thresholds,
        targetText,
        tolerances: attention === null || behind === null ? null : { attention, behind },
        plannedPath: plannedPath.length === 0 ? null : plannedPath,
        leadDepartment,
        dataSource,
        definition,
        sourceQuote,
        derivation,
        reference,
        nature,
        contributingDepartments,
        previousYearIndicatorId: previousYear,
        retired,
        reportingDueDay,
        version: 1,
        updatedAt: '',
      },
    });
  });

  const indicators = built.map((entry) => entry.indicator);
  if (context.plan && context.departments) {
    const { plan, departments } = context;
    for (const { indicator, rows } of built)
      for (const problem of definitionProblems(indicator, {
        plan,
        indicators,
        benchmarks: context.benchmarks,
        departments,
      })) {
        // A yardstick that is itself refused was reported on its own row.
        const pointsAtRefused =
          problem.field.startsWith('reference') &&
          indicator.reference?.kind === 'indicator' &&
          !indicators.some(
            (other) => other.id === (indicator.reference as { indicatorId: string }).indicatorId,
          );
        if (!pointsAtRefused) placeProblem(rows, problem.field, problem.reason[rows.indicator.locale]);
      }
  }
  const allClean = [...readers, ...sheets.thresholds.readers, ...sheets.plannedPath.readers].every(
    (reader) => reader.issues.length === 0,
  );
  return { indicators, complete: allClean && built.length === readers.length };
}

/** Each work item's dated progress notes from the 工作进展 sheet, in row order, by work item id; `complete` when every row is right. */
function readWorkItemNotes(
  sheets: SheetsRead,
  ids: ReadonlySet<string>,
): { notes: Map<string, ProgressNote[]>; complete: boolean } {
  const notes = new Map<string, ProgressNote[]>();
  let complete = true;
  for (const reader of sheets.workItemNotes.readers) {
    const workItem = reader.text('workItem', { required: true, max: 80 });
    if (workItem !== null && !ids.has(workItem))
      reader.add('workItem', 'unknownId', { text: workItem, sheet: templateSheets.workItems.name });
    const date = reader.date('date', { required: true });
    const text = reader.text('text', { required: true, max: 2000 });
    const author = reader.text('author', { max: 100 }) ?? '';
    if (workItem === null || date === null || text === null || reader.issues.length > 0) {
      complete = false;
      continue;
    }
    notes.set(workItem, [...(notes.get(workItem) ?? []), { date, text, author }]);
  }
  return { notes, complete };
}

/** The work items read with their progress (state and dated notes), `complete` when every row is right. */
export function readWorkItems(
  sheets: SheetsRead,
  context: IndicatorContext,
): { workItems: WorkItem[]; complete: boolean } {
  const readers = sheets.workItems.readers;
  const byId = uniqueIds(readers, (reader) => reader.text('id', { required: true, max: 80 }), 'id');
  const progress = readWorkItemNotes(sheets, new Set(byId.keys()));
  const items: WorkItem[] = [];
  readers.forEach((reader, position) => {
    const id = reader.text('id', { max: 80 });
    const actionId = reader.text('action', { required: true, max: 80 });
    if (actionId !== null && !context.actionIds.has(actionId))
      reader.add('action', 'unknownId', { text: actionId, sheet: templateSheets.actions.name });
    const order = reader.number('order', { whole: true, min: -1e6, max: 1e6 }) ?? position + 1;
    const title = bilingual(
      reader.text('title', { required: true, max: 500 }),
      reader.text('titleEn', { max: 500 }),
    );
    const owner = reader.text('owner', { max: 100 });
    checkDepartments(reader, 'owner', owner === null ? [] : [owner], context.departments);
    const sourceQuote = reader.quote('sourceQuote');
    const retired = reader.flag('retired') ?? false;
    const status = reader.choice('status', choices.workItemStatus) ?? 'notStarted';
    if (
      id === null ||
      actionId === null ||
      title === null ||
      sourceQuote === null ||
      reader.issues.length > 0
    )
      return;
    items.push({
      id,
      planId: draftPlanId,
      actionId,
      order,
      title,
      status,
      owner,
      sourceQuote,
      notes: progress.notes.get(id) ?? [],
      retired,
      version: 1,
    });
  });
  return { workItems: items, complete: items.length === readers.length && progress.complete };
}
