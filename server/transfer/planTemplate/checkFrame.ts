/**
 * The plan sheet (a 项目 / 内容 list), the frame (central tasks, campaign actions), the departments
 * and the benchmark series of a template, each row checked. Browser-safe.
 */
import type { ImportIssue } from '../../../src/api/transferContract';
import {
  planSchema,
  type BenchmarkSeries,
  type Bilingual,
  type CampaignAction,
  type CentralTask,
  type Department,
  type Plan,
} from '../../../src/domain/model';
import { yearOf } from '../../../src/domain/period';
import type { MessageLocale } from '../../http/locale';
import { normalizedHeader } from '../columns';
import { outsidePlanYear } from '../../store/plans/definitionChecks';
import type { RowReader } from './rowReader';
import { splitList } from './rowReader';
import { uniqueIds, type SheetsRead } from './sheetRows';
import { planFields, templateSheets, type PlanField } from './sheets';
import { templateMessage } from './templateMessages';
import { draftPlanId } from './templateDraft';
import { choices } from './words';

/** Both languages of a name; the English falls back to the Chinese when left blank. */
export function bilingual(zh: string | null, en: string | null): Bilingual | null {
  return zh === null ? null : { zh, en: en ?? zh };
}

const requiredFields: PlanField[] = ['organisation', 'level', 'year', 'title', 'goal', 'goalQuote'];

function fieldOf(name: string): PlanField | null {
  const wanted = normalizedHeader(name);
  for (const [field, names] of Object.entries(planFields) as [PlanField, readonly string[]][])
    if ([field, ...names].some((candidate) => normalizedHeader(candidate) === wanted)) return field;
  return null;
}

/** The plan described by the plan sheet, without its frame; null when any field is wrong or missing. */
export function readPlanSheet(
  sheets: SheetsRead,
  locale: MessageLocale,
): { plan: Omit<Plan, 'centralTasks' | 'actions'> | null; year: number | null; organisation: string | null } {
  const sheet = sheets.plan;
  if (!sheet.present || sheet.issues.length > 0) return { plan: null, year: null, organisation: null };
  const byField = new Map<PlanField, RowReader<'field' | 'value'>>();
  const sourceRows: RowReader<'field' | 'value'>[] = [];
  for (const reader of sheet.readers) {
    const name = reader.text('field', { required: true, max: 100 });
    if (name === null) continue;
    const field = fieldOf(name);
    if (field === null) {
      const list = Object.values(planFields).map((names) => (locale === 'zh' ? names[0] : names[1]));
      reader.add('field', 'unknownPlanField', { text: name, list });
    } else if (field === 'sourceText') sourceRows.push(reader);
    else if (byField.has(field))
      reader.add('field', 'repeatedPlanField', { text: name, row: byField.get(field)?.rowNumber ?? 0 });
    else byField.set(field, reader);
  }
  const missing = requiredFields.filter((field) => !byField.has(field));
  if (missing.length > 0)
    sheet.issues.push({
      column: null,
      code: 'missingPlanFields',
      message: templateMessage('missingPlanFields', locale, {
        list: missing.map((field) => planFields[field][locale === 'zh' ? 0 : 1]),
      }),
    });
  const text = (field: PlanField, max = 500) =>
    byField.get(field)?.text('value', { required: requiredFields.includes(field), max }) ?? null;
  const year =
    byField.get('year')?.number('value', { required: true, whole: true, min: 2000, max: 2100 }) ?? null;
  const level = byField.get('level')?.choice('value', choices.level, { required: true }) ?? null;
  const nature = byField.get('nature')?.choice('value', choices.nature) ?? null;
  const dueDay = byField.get('reportingDueDay')?.number('value', { whole: true, min: 1, max: 31 }) ?? null;
  const organisation = bilingual(text('organisation', 200), text('organisationEn', 200));
  const title = bilingual(text('title'), text('titleEn'));
  const goal = bilingual(text('goal', 2000), text('goalEn', 2000));
  const goalQuote = byField.get('goalQuote')?.text('value', { required: true, max: 2000 }) ?? null;
  if (goalQuote !== null && goalQuote.length < 4) byField.get('goalQuote')?.add('value', 'quoteTooShort');
  const frameName = bilingual(text('frameName'), text('frameNameEn'));
  const meetingOn = byField.get('meetingOn')?.date('value') ?? null;
  const publishedOn = byField.get('publishedOn')?.date('value') ?? null;
  const sourceText = sourceRows.map((reader) => reader.text('value', { max: 40_000 }) ?? '').join('');
  const failed =
    missing.length > 0 ||
    [...byField.values(), ...sourceRows].some((reader) => reader.issues.length > 0) ||
    year === null ||
    level === null ||
    organisation === null ||
    title === null ||
    goal === null ||
    goalQuote === null ||
    goalQuote.length < 4;
  if (failed) return { plan: null, year, organisation: organisation?.zh ?? null };
  const fallbackDate = `${year}-01-01`;
  return {
    year,
    organisation: organisation.zh,
    plan: {
      id: draftPlanId,
      zone: organisation,
      organisationLevel: level,
      year,
      title,
      sourceDocument: {
        title: text('sourceTitle') ?? '',
        publisher: text('publisher') ?? '',
        meetingOn: meetingOn ?? publishedOn ?? fallbackDate,
        publishedOn: publishedOn ?? meetingOn ?? fallbackDate,
      },
      nature: nature ?? 'expected',
      copiedFromPlanId: null,
      archived: false,
      version: 1,
      frameName,
      sourceText,
      goal: { text: goal, sourceQuote: goalQuote },
      ...(dueDay === null ? {} : { reportingDueDay: dueDay }),
    },
  };
}

/** The central tasks and campaign actions; ids point within the file. */
export function readFrame(
  sheets: SheetsRead,
): { centralTasks: CentralTask[]; actions: CampaignAction[] } | null {
  const taskReaders = uniqueIds(
    sheets.tasks.readers,
    (reader) => reader.text('id', { required: true, max: 80 }),
    'id',
  );
  const centralTasks: CentralTask[] = [];
  sheets.tasks.readers.forEach((reader, index) => {
    const id = reader.text('id', { max: 80 });
    const order = reader.number('order', { whole: true, min: -1e6, max: 1e6 }) ?? index + 1;
    const name = bilingual(
      reader.text('name', { required: true, max: 200 }),
      reader.text('nameEn', { max: 200 }),
    );
    const retired = reader.flag('retired') ?? false;
    if (id !== null && name !== null && reader.issues.length === 0)
      centralTasks.push({ id, order, name, retired });
  });
  uniqueIds(sheets.actions.readers, (reader) => reader.text('id', { required: true, max: 80 }), 'id');
  const actions: CampaignAction[] = [];
  sheets.actions.readers.forEach((reader, index) => {
    const id = reader.text('id', { max: 80 });
    const order = reader.number('order', { whole: true, min: -1e6, max: 1e6 }) ?? index + 1;
    const name = bilingual(
      reader.text('name', { required: true, max: 200 }),
      reader.text('nameEn', { max: 200 }),
    );
    const centralTaskIds = splitList(reader.text('tasks', { max: 2000 }));
    for (const taskId of centralTaskIds)
      if (!taskReaders.has(taskId))
        reader.add('tasks', 'unknownId', { text: taskId, sheet: templateSheets.tasks.name });
    const sourceQuote = reader.quote('sourceQuote');
    const retired = reader.flag('retired') ?? false;
    if (id !== null && name !== null && sourceQuote !== null && reader.issues.length === 0)
      actions.push({ id, order, name, centralTaskIds, sourceQuote, retired });
  });
  const complete =
    centralTasks.length === sheets.tasks.readers.length && actions.length === sheets.actions.readers.length;
  return complete ? { centralTasks, actions } : null;
}

/**
 * The departments the file lists, and the names every reference may use: those listed and those
 * the organisation has in use. A listed name the organisation retired is refused.
 */
export function readDepartments(
  sheets: SheetsRead,
  stored: readonly Department[],
): { listed: Bilingual[]; known: string[] } {
  uniqueIds(
    sheets.departments.readers,
    (reader) => reader.text('name', { required: true, max: 100 }),
    'name',
  );
  const listed: Bilingual[] = [];
  for (const reader of sheets.departments.readers) {
    const name = bilingual(reader.text('name', { max: 100 }), reader.text('nameEn', { max: 100 }));
    if (name === null) continue;
    if (stored.some((department) => department.retired && department.name.zh === name.zh))
      reader.add('name', 'retiredDepartment', { text: name.zh });
    if (reader.issues.length === 0) listed.push(name);
  }
  const inUse = stored.filter((department) => !department.retired).map((department) => department.name.zh);
  return { listed, known: [...new Set([...listed.map((name) => name.zh), ...inUse])] };
}

/** The benchmark series with their points, the points in the plan year and one per month. */
export function readBenchmarks(sheets: SheetsRead, year: number | null): BenchmarkSeries[] | null {
  uniqueIds(sheets.benchmarks.readers, (reader) => reader.text('id', { required: true, max: 80 }), 'id');
  const series = new Map<string, BenchmarkSeries>();
  for (const reader of sheets.benchmarks.readers) {
    const id = reader.text('id', { max: 80 });
    const name = bilingual(
      reader.text('name', { required: true, max: 200 }),
      reader.text('nameEn', { max: 200 }),
    );
    const unit = reader.choice('unit', choices.unit, { required: true });
    const retired = reader.flag('retired') ?? false;
    if (id !== null && name !== null && unit !== null && reader.issues.length === 0 && !series.has(id))
      series.set(id, { id, planId: draftPlanId, name, unit, points: [], retired, version: 1 });
  }
  const ids = new Set(sheets.benchmarks.readers.map((reader) => reader.text('id', { max: 80 })));
  const seen = new Map<string, number>();
  let pointsRead = true;
  for (const reader of sheets.benchmarkPoints.readers) {
    const seriesId = reader.text('series', { required: true, max: 80 });
    const period = reader.period('period', { required: true });
    const value = reader.number('value', { required: true, min: -1e9, max: 1e9, percent: true });
    if (seriesId !== null && !ids.has(seriesId))
      reader.add('series', 'unknownId', { text: seriesId, sheet: templateSheets.benchmarks.name });
    if (period !== null && year !== null && yearOf(period) !== year)
      reader.add('period', 'definition', { text: `${period} ${outsidePlanYear(year)[reader.locale]}` });
    const key = `${seriesId}|${period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) reader.add('period', 'duplicateRow', { row: earlier });
    else seen.set(key, reader.rowNumber);
    const target = seriesId === null ? undefined : series.get(seriesId);
    if (reader.issues.length > 0 || period === null || value === null) pointsRead = false;
    else target?.points.push({ period, value });
  }
  for (const each of series.values()) each.points.sort((a, b) => a.period.localeCompare(b.period));
  const complete = series.size === sheets.benchmarks.readers.length && pointsRead;
  return complete ? [...series.values()] : null;
}

/** The plan with its frame, checked against the plan's schema; an issue of the plan sheet when it fails. */
export function assemblePlan(
  plan: Omit<Plan, 'centralTasks' | 'actions'>,
  frame: { centralTasks: CentralTask[]; actions: CampaignAction[] },
  issues: ImportIssue[],
): Plan | null {
  const parsed = planSchema.safeParse({ ...plan, ...frame });
  if (parsed.success) return parsed.data;
  issues.push({
    column: null,
    code: 'invalidPlan',
    message: parsed.error.issues.map((issue) => issue.path.join('.')).join(', '),
  });
  return null;
}
