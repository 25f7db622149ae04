/**
 * The sheets of the whole-plan template and their columns, in the order a workbook (or the
 * sections of a CSV) carries them: the plan, its frame (central tasks, campaign actions), the
 * indicators with their first target and further dated targets, planned paths, work items with
 * their progress (state and dated notes), departments and benchmark series with their points. Headers are Chinese; the English names are
 * accepted on import too. Browser-safe.
 */
import type { ColumnSpec } from '../columns';
import type { SheetColumn } from '../sheet';
import { choices } from './words';

export interface TemplateColumn<Key extends string> extends ColumnSpec<Key> {
  width: number;
  format?: SheetColumn['format'];
  choices?: readonly string[];
}

function column<Key extends string>(
  key: Key,
  header: string,
  english: string,
  options: {
    required?: boolean;
    width?: number;
    format?: SheetColumn['format'];
    choices?: readonly string[];
  } = {},
): TemplateColumn<Key> {
  return {
    key,
    header,
    aliases: [english],
    required: options.required ?? false,
    width: options.width ?? 14,
    ...(options.format ? { format: options.format } : {}),
    ...(options.choices ? { choices: options.choices } : {}),
  };
}

const yesNoChoices = ['是', '否'];

export const planColumns = [
  column('field', '项目', 'Field', { required: true, width: 20 }),
  column('value', '内容', 'Value', { required: true, width: 80, format: 'text' }),
] as const;

/** The rows of the plan sheet, by the name in its 项目 column. */
export const planFields = {
  organisation: ['组织名称', 'Organisation'],
  organisationEn: ['组织名称（英文）', 'Organisation (en)'],
  level: ['组织层级', 'Organisation level'],
  year: ['年度', 'Year'],
  title: ['标题', 'Title'],
  titleEn: ['标题（英文）', 'Title (en)'],
  nature: ['性质', 'Nature'],
  frameName: ['工作体系名称', 'Frame name'],
  frameNameEn: ['工作体系名称（英文）', 'Frame name (en)'],
  goal: ['目标定位', 'Goal'],
  goalEn: ['目标定位（英文）', 'Goal (en)'],
  goalQuote: ['目标定位原文', 'Goal source sentence'],
  sourceTitle: ['来源文件标题', 'Source title'],
  publisher: ['发布单位', 'Publisher'],
  meetingOn: ['会议日期', 'Meeting date'],
  publishedOn: ['发布日期', 'Published on'],
  reportingDueDay: ['填报截止日', 'Reporting due day'],
  sourceText: ['来源全文', 'Source text'],
} as const satisfies Record<string, readonly [string, string]>;
export type PlanField = keyof typeof planFields;

export const taskColumns = [
  column('id', '编号', 'Id', { required: true, format: 'text', width: 22 }),
  column('order', '顺序', 'Order', { width: 8 }),
  column('name', '名称', 'Name', { required: true, width: 28 }),
  column('nameEn', '名称（英文）', 'Name (en)', { width: 28 }),
  column('retired', '已停用', 'Retired', { width: 8, choices: yesNoChoices }),
] as const;

export const actionColumns = [
  column('id', '编号', 'Id', { required: true, format: 'text', width: 22 }),
  column('order', '顺序', 'Order', { width: 8 }),
  column('name', '名称', 'Name', { required: true, width: 28 }),
  column('nameEn', '名称（英文）', 'Name (en)', { width: 28 }),
  column('tasks', '所属中心任务', 'Central tasks', { format: 'text', width: 24 }),
  column('sourceQuote', '原文', 'Source sentence', { required: true, width: 40 }),
  column('retired', '已停用', 'Retired', { width: 8, choices: yesNoChoices }),
] as const;

export const indicatorColumns = [
  column('id', '编号', 'Id', { required: true, format: 'text', width: 22 }),
  column('action', '所属行动', 'Action', { format: 'text', width: 22 }),
  column('mainTarget', '主要目标', 'Main target', { width: 8, choices: yesNoChoices }),
  column('order', '顺序', 'Order', { width: 8 }),
  column('name', '名称', 'Name', { required: true, width: 24 }),
  column('nameEn', '名称（英文）', 'Name (en)', { width: 24 }),
  column('kind', '类型', 'Kind', { required: true, choices: choices.kind.offered }),
  column('unit', '单位', 'Unit', { required: true, width: 10, choices: choices.unit.offered }),
  column('unitLabel', '原文单位', 'Unit as written', { width: 10 }),
  column('unitLabelEn', '原文单位（英文）', 'Unit as written (en)', { width: 12 }),
  column('direction', '方向', 'Direction', { width: 10, choices: choices.direction.offered }),
  column('nature', '性质', 'Nature', { width: 10, choices: choices.nature.offered }),
  column('targetText', '目标表述', 'Target wording', { required: true, width: 20 }),
  column('targetTextEn', '目标表述（英文）', 'Target wording (en)', { width: 20 }),
  column('comparator', '比较方式', 'Comparator', { width: 10, choices: choices.comparator.offered }),
  column('value', '目标值', 'Value', { width: 10, format: 'number' }),
  column('valueMax', '上限', 'Upper bound', { width: 10, format: 'number' }),
  column('band', '浮动幅度', 'Band', { width: 10, format: 'number' }),
  column('deadline', '截止日期', 'Deadline', { width: 12, format: 'text' }),
  column('referenceKind', '参照类型', 'Reference kind', {
    width: 12,
    choices: choices.referenceKind.offered,
  }),
  column('reference', '参照编号', 'Reference', { width: 20, format: 'text' }),
  column('frequency', '报送频率', 'Rhythm', {
    required: true,
    width: 10,
    choices: choices.frequency.offered,
  }),
  column('reportingDueDay', '填报截止日', 'Reporting due day', { width: 10 }),
  column('leadDepartment', '牵头单位', 'Lead department', { width: 16 }),
  column('contributing', '责任单位', 'Contributing departments', { width: 20 }),
  column('dataSource', '数据来源', 'Data source', { required: true, width: 16 }),
  column('dataSourceEn', '数据来源（英文）', 'Data source (en)', { width: 16 }),
  column('definition', '统计口径', 'Definition', { width: 24 }),
  column('definitionEn', '统计口径（英文）', 'Definition (en)', { width: 24 }),
  column('attention', '需关注容差', 'Attention tolerance', { width: 10, format: 'number' }),
  column('behind', '滞后容差', 'Behind tolerance', { width: 10, format: 'number' }),
  column('derivation', '自动计算', 'Derived from', { width: 14, choices: choices.derivation.offered }),
  column('sourceQuote', '原文', 'Source sentence', { required: true, width: 40 }),
  column('previousYear', '上年指标编号', "Last year's indicator", { width: 20, format: 'text' }),
  column('retired', '已停用', 'Retired', { width: 8, choices: yesNoChoices }),
] as const;

export const thresholdColumns = [
  column('indicator', '指标编号', 'Indicator id', { required: true, format: 'text', width: 22 }),
  column('comparator', '比较方式', 'Comparator', {
    required: true,
    width: 10,
    choices: choices.comparator.offered,
  }),
  column('value', '目标值', 'Value', { required: true, width: 10, format: 'number' }),
  column('valueMax', '上限', 'Upper bound', { width: 10, format: 'number' }),
  column('band', '浮动幅度', 'Band', { width: 10, format: 'number' }),
  column('deadline', '截止日期', 'Deadline', { required: true, width: 12, format: 'text' }),
] as const;

export const plannedPathColumns = [
  column('indicator', '指标编号', 'Indicator id', { required: true, format: 'text', width: 22 }),
  column('period', '月份', 'Month', { required: true, format: 'text', width: 10 }),
  column('value', '计划值', 'Planned value', { required: true, width: 10, format: 'number' }),
] as const;

export const workItemColumns = [
  column('id', '编号', 'Id', { required: true, format: 'text', width: 22 }),
  column('action', '所属行动', 'Action', { required: true, format: 'text', width: 22 }),
  column('order', '顺序', 'Order', { width: 8 }),
  column('title', '标题', 'Title', { required: true, width: 36 }),
  column('titleEn', '标题（英文）', 'Title (en)', { width: 36 }),
  column('owner', '牵头单位', 'Lead department', { width: 16 }),
  column('sourceQuote', '原文', 'Source sentence', { required: true, width: 40 }),
  column('retired', '已停用', 'Retired', { width: 8, choices: yesNoChoices }),
  column('status', '进展状态', 'Progress', { width: 10, choices: choices.workItemStatus.offered }),
] as const;

/** A work item's dated progress notes, oldest first. */
export const workItemNoteColumns = [
  column('workItem', '事项编号', 'Work item id', { required: true, format: 'text', width: 22 }),
  column('date', '日期', 'Date', { required: true, format: 'text', width: 12 }),
  column('text', '进展说明', 'Note', { required: true, width: 40 }),
  column('author', '记录人', 'Recorded by', { width: 14 }),
] as const;

export const departmentColumns = [
  column('name', '名称', 'Name', { required: true, width: 20 }),
  column('nameEn', '名称（英文）', 'Name (en)', { width: 24 }),
] as const;

export const benchmarkColumns = [
  column('id', '编号', 'Id', { required: true, format: 'text', width: 22 }),
  column('name', '名称', 'Name', { required: true, width: 24 }),
  column('nameEn', '名称（英文）', 'Name (en)', { width: 24 }),
  column('unit', '单位', 'Unit', { required: true, width: 10, choices: choices.unit.offered }),
  column('retired', '已停用', 'Retired', { width: 8, choices: yesNoChoices }),
] as const;

export const benchmarkPointColumns = [
  column('series', '序列编号', 'Series id', { required: true, format: 'text', width: 22 }),
  column('period', '月份', 'Month', { required: true, format: 'text', width: 10 }),
  column('value', '数值', 'Value', { required: true, width: 10, format: 'number' }),
] as const;

/** Every sheet: its key, its name (and the English one), whether a file must have it, its columns. */
export const templateSheets = {
  plan: { name: '计划', english: 'Plan', required: true, columns: planColumns },
  tasks: { name: '中心任务', english: 'Central tasks', required: false, columns: taskColumns },
  actions: { name: '攻坚行动', english: 'Actions', required: false, columns: actionColumns },
  indicators: { name: '指标', english: 'Indicators', required: true, columns: indicatorColumns },
  thresholds: {
    name: '更多目标值',
    english: 'Further targets',
    required: false,
    columns: thresholdColumns,
  },
  plannedPath: { name: '序时计划', english: 'Planned path', required: false, columns: plannedPathColumns },
  workItems: { name: '工作事项', english: 'Work items', required: false, columns: workItemColumns },
  workItemNotes: {
    name: '工作进展',
    english: 'Work item progress',
    required: false,
    columns: workItemNoteColumns,
  },
  departments: { name: '部门', english: 'Departments', required: false, columns: departmentColumns },
  benchmarks: { name: '对标序列', english: 'Benchmark series', required: false, columns: benchmarkColumns },
  benchmarkPoints: {
    name: '对标数据',
    english: 'Benchmark figures',
    required: false,
    columns: benchmarkPointColumns,
  },
} as const;
export type SheetKey = keyof typeof templateSheets;
export const sheetKeys = Object.keys(templateSheets) as SheetKey[];

/** The name of the notes sheet, which import passes over. */
export const notesSheetName = '说明';
