/**
 * A plan written as the whole-plan template: an Excel workbook with a sheet for each part, or one
 * CSV whose parts follow each other, each under a line 【sheet name】 and its own header row.
 * Browser-safe; exceljs is loaded by the route (server/transfer/xlsx.ts).
 */
import type {
  BenchmarkSeries,
  Department,
  Indicator,
  Plan,
  Threshold,
  WorkItem,
} from '../../../src/domain/model';
import { csvText } from '../csv';
import { notesSheet, type SheetDocument, type SheetSpec, type WrittenValue } from '../sheet';
import { planFields, templateSheets, type PlanField, type SheetKey, type TemplateColumn } from './sheets';
import {
  comparatorWords,
  derivationWords,
  directionWords,
  frequencyWords,
  kindWords,
  levelWords,
  natureWords,
  referenceKindWords,
  unitWords,
  workItemStatusWords,
  yesNo,
} from './words';

/** Everything of a plan the template holds. */
export interface PlanTemplateSource {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
  benchmarks: BenchmarkSeries[];
  /** The organisation's departments. */
  departments: Department[];
}

/** An Excel cell holds at most 32,767 characters; a long source text takes several rows. */
export const sourceTextChunk = 30_000;

type Row = Partial<Record<string, WrittenValue>>;

function orNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === '' ? null : text;
}

function planRows(plan: Plan): [string, WrittenValue][] {
  const values: [PlanField, WrittenValue][] = [
    ['organisation', plan.zone.zh],
    ['organisationEn', plan.zone.en],
    ['level', levelWords[plan.organisationLevel].zh],
    ['year', plan.year],
    ['title', plan.title.zh],
    ['titleEn', plan.title.en],
    ['nature', natureWords[plan.nature].zh],
    ['frameName', plan.frameName?.zh ?? null],
    ['frameNameEn', plan.frameName?.en ?? null],
    ['goal', plan.goal.text.zh],
    ['goalEn', plan.goal.text.en],
    ['goalQuote', plan.goal.sourceQuote],
    ['sourceTitle', orNull(plan.sourceDocument.title)],
    ['publisher', orNull(plan.sourceDocument.publisher)],
    ['meetingOn', plan.sourceDocument.meetingOn],
    ['publishedOn', plan.sourceDocument.publishedOn],
    ['reportingDueDay', plan.reportingDueDay ?? null],
  ];
  const rows = values.map(([field, value]): [string, WrittenValue] => [planFields[field][0], value]);
  for (let start = 0; start < plan.sourceText.length; start += sourceTextChunk)
    rows.push([planFields.sourceText[0], plan.sourceText.slice(start, start + sourceTextChunk)]);
  return rows;
}

function thresholdCells(threshold: Threshold | undefined): Row {
  if (!threshold) return {};
  return {
    comparator: comparatorWords[threshold.comparator].zh,
    value: threshold.value,
    valueMax: threshold.valueMax ?? null,
    band: threshold.band ?? null,
    deadline: threshold.deadline,
  };
}

function indicatorRow(indicator: Indicator): Row {
  const { reference } = indicator;
  return {
    id: indicator.id,
    action: indicator.actionId,
    mainTarget: yesNo(indicator.isMainTarget),
    order: indicator.order,
    name: indicator.name.zh,
    nameEn: indicator.name.en,
    kind: kindWords[indicator.kind].zh,
    unit: unitWords[indicator.unit].zh,
    unitLabel: indicator.unitLabel?.zh ?? null,
    unitLabelEn: indicator.unitLabel?.en ?? null,
    direction: directionWords[indicator.direction].zh,
    nature: natureWords[indicator.nature].zh,
    targetText: indicator.targetText.zh,
    targetTextEn: indicator.targetText.en,
    ...thresholdCells(indicator.thresholds[0]),
    referenceKind: reference ? referenceKindWords[reference.kind].zh : null,
    reference: reference
      ? reference.kind === 'benchmark'
        ? reference.seriesId
        : reference.indicatorId
      : null,
    frequency: frequencyWords[indicator.frequency].zh,
    reportingDueDay: indicator.reportingDueDay ?? null,
    leadDepartment: indicator.leadDepartment,
    contributing: orNull(indicator.contributingDepartments.join('、')),
    dataSource: indicator.dataSource.zh,
    dataSourceEn: indicator.dataSource.en,
    definition: indicator.definition?.zh ?? null,
    definitionEn: indicator.definition?.en ?? null,
    attention: indicator.tolerances?.attention ?? null,
    behind: indicator.tolerances?.behind ?? null,
    derivation: indicator.derivation ? derivationWords[indicator.derivation].zh : null,
    sourceQuote: indicator.sourceQuote,
    previousYear: indicator.previousYearIndicatorId,
    retired: yesNo(indicator.retired),
  };
}

/** Each sheet's rows, by column key. */
export function templateRows(source: PlanTemplateSource): Record<Exclude<SheetKey, 'plan'>, Row[]> & {
  plan: [string, WrittenValue][];
} {
  const { plan, indicators, workItems, benchmarks } = source;
  return {
    plan: planRows(plan),
    tasks: plan.centralTasks.map((task) => ({
      id: task.id,
      order: task.order,
      name: task.name.zh,
      nameEn: task.name.en,
      retired: yesNo(task.retired),
    })),
    actions: plan.actions.map((action) => ({
      id: action.id,
      order: action.order,
      name: action.name.zh,
      nameEn: action.name.en,
      tasks: orNull(action.centralTaskIds.join('、')),
      sourceQuote: action.sourceQuote,
      retired: yesNo(action.retired),
    })),
    indicators: indicators.map(indicatorRow),
    thresholds: indicators.flatMap((indicator) =>
      indicator.thresholds
        .slice(1)
        .map((threshold) => ({ indicator: indicator.id, ...thresholdCells(threshold) })),
    ),
    plannedPath: indicators.flatMap((indicator) =>
      (indicator.plannedPath ?? []).map((point) => ({
        indicator: indicator.id,
        period: point.period,
        value: point.value,
      })),
    ),
    workItems: workItems.map((item) => ({
      id: item.id,
      action: item.actionId,
      order: item.order,
      title: item.title.zh,
      titleEn: item.title.en,
      owner: item.owner,
      sourceQuote: item.sourceQuote,
      retired: yesNo(item.retired),
      status: workItemStatusWords[item.status].zh,
    })),
    workItemNotes: workItems.flatMap((item) =>
      item.notes.map((note) => ({
        workItem: item.id,
        date: note.date,
        text: note.text,
        author: note.author,
      })),
    ),
    departments: source.departments
      .filter((department) => !department.retired)
      .map((department) => ({ name: department.name.zh, nameEn: department.name.en })),
    benchmarks: benchmarks.map((series) => ({
      id: series.id,
      name: series.name.zh,
      nameEn: series.name.en,
      unit: unitWords[series.unit].zh,
      retired: yesNo(series.retired),
    })),
    benchmarkPoints: benchmarks.flatMap((series) =>
      series.points.map((point) => ({ series: series.id, period: point.period, value: point.value })),
    ),
  };
}

function cellsOf(columns: readonly TemplateColumn<string>[], row: Row): WrittenValue[] {
  return columns.map((column) => row[column.key] ?? null);
}

function sheetSpecs(source: PlanTemplateSource): SheetSpec[] {
  const rows = templateRows(source);
  return (Object.keys(templateSheets) as SheetKey[]).map((key) => {
    const sheet = templateSheets[key];
    const columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width,
      ...(column.format ? { format: column.format } : {}),
      ...(column.choices ? { choices: column.choices } : {}),
    }));
    const written =
      key === 'plan'
        ? rows.plan.map((pair): WrittenValue[] => [...pair])
        : rows[key].map((row) => cellsOf(sheet.columns, row));
    return { name: sheet.name, columns, rows: written };
  });
}

const notes: [string, string][] = [
  [
    '用途',
    '一份模板即一整套计划：计划信息、工作体系、指标（含目标值）、工作事项、部门与对标序列。可导出任一计划，修改后在“计划管理 → 从模板导入计划”导入为新计划。',
  ],
  ['编号', '各表的“编号”只在本文件内用于相互引用（如指标的“所属行动”、“参照编号”），导入后系统另行编号。'],
  [
    '目标值',
    '“指标”表填第一个目标值；同一指标另有带日期的目标值（如一季度末 >90%、上半年末 100%）时，填在“更多目标值”表。',
  ],
  [
    '比较方式',
    '超过、不低于、等于、不高于、低于、左右（填浮动幅度）、区间（填目标值为下限、上限）。相对目标（如高于全省、与经济增长同步）填“参照类型”和“参照编号”，目标值为相对差值。',
  ],
  [
    '部门',
    '“牵头单位”“责任单位”“工作事项的牵头单位”应为“部门”表或系统中已登记的部门；多个责任单位用顿号分隔。',
  ],
  [
    '工作进展',
    '“工作事项”表的“进展状态”为未启动、推进中、已完成或滞后；各事项带日期的进展说明填在“工作进展”表，按时间先后排列。',
  ],
  ['日期', '日期写作 2025-12-31，月份写作 2025-03。'],
  ['CSV', 'CSV 文件依次包含各表：每表以一行【表名】开头，下一行为列名。'],
];

/** The workbook: the notes first, then a sheet for each part. */
export function planTemplateDocument(source: PlanTemplateSource): SheetDocument {
  return { sheets: [notesSheet(notes), ...sheetSpecs(source)] };
}

/** The CSV: each part under a line 【name】, its header and its rows, a blank line between parts. */
export function planTemplateCsv(source: PlanTemplateSource): string {
  const lines: WrittenValue[][] = [];
  for (const sheet of sheetSpecs(source)) {
    if (lines.length > 0) lines.push([]);
    lines.push([`【${sheet.name}】`]);
    lines.push(sheet.columns.map((column) => column.header));
    lines.push(...sheet.rows);
  }
  return csvText(lines);
}
