/**
 * The figures template (指标数据填报模板) of one month: a row for every indicator the user may type
 * in that reports in the month, with the current figure and its version filled in, and a 说明
 * sheet explaining each column. Derived indicators (computed from the project registry) are left
 * out. Browser-safe.
 */
import { maxImportRows } from '../../src/api/transferContract';
import { formatPeriod } from '../../src/domain/format';
import type { Indicator, IndicatorValue, Period, PlanSummary } from '../../src/domain/model';
import { isTypedIn, reportsIn } from '../../src/domain/valueRules';
import { figureColumns, judgementWords, unitText, type FigureColumn } from './figureColumns';
import { figureKey } from './figureImport';
import { notesSheet, type SheetColumn, type SheetDocument, type WrittenValue } from './sheet';

const widths: Record<FigureColumn, number> = {
  indicatorId: 32,
  indicatorName: 30,
  unit: 18,
  period: 10,
  value: 12,
  judgement: 12,
  achievedOn: 13,
  note: 36,
  source: 20,
  version: 8,
};

const textColumns: ReadonlySet<FigureColumn> = new Set([
  'indicatorId',
  'period',
  'achievedOn',
  'note',
  'source',
]);

export interface FigureTemplateInput {
  plan: PlanSummary;
  period: Period;
  /** In their order. */
  indicators: readonly Indicator[];
  /** The current figures of the plan. */
  values: readonly IndicatorValue[];
  mayWrite: (department: string | null) => boolean;
}

/** The indicators a template offers: typed in, reporting in the month, and writable by the user. */
export function templateIndicators(
  input: Pick<FigureTemplateInput, 'indicators' | 'period' | 'mayWrite'>,
): Indicator[] {
  return input.indicators.filter(
    (indicator) =>
      isTypedIn(indicator) && reportsIn(indicator, input.period) && input.mayWrite(indicator.leadDepartment),
  );
}

export function figureTemplate(input: FigureTemplateInput): SheetDocument {
  const current = new Map(input.values.map((value) => [figureKey(value.indicatorId, value.period), value]));
  const rows = templateIndicators(input).map((indicator): WrittenValue[] => {
    const figure = current.get(figureKey(indicator.id, input.period));
    const cells: Record<FigureColumn, WrittenValue> = {
      indicatorId: indicator.id,
      indicatorName: indicator.name.zh,
      unit: unitText(indicator),
      period: input.period,
      value: figure?.value ?? null,
      judgement: figure?.judgement ? judgementWords[figure.judgement].zh : null,
      achievedOn: figure?.achievedOn ?? null,
      // A demo figure's note and source would be carried into the real figure that replaces it.
      note: figure && !figure.isDemo ? figure.note : null,
      source: figure && !figure.isDemo ? figure.source : null,
      version: figure?.version ?? null,
    };
    return figureColumns.map((column) => cells[column.key]);
  });
  const columns = figureColumns.map((column): SheetColumn => ({
    header: column.header,
    width: widths[column.key],
    ...(textColumns.has(column.key) ? { format: 'text' as const } : {}),
    ...(column.key === 'judgement' ? { choices: Object.values(judgementWords).map((word) => word.zh) } : {}),
  }));
  return {
    sheets: [
      { name: '指标数据', columns, rows },
      notesSheet([
        ['计划', `${input.plan.title.zh}（${input.plan.year}年）`],
        ['期间', `${formatPeriod(input.period, 'zh-CN')}：表中已填入当前数据；只修改需要更新的行`],
        ['指标编号', '系统中的指标编号，请勿修改'],
        ['指标名称、单位', '供参考，导入时不读取'],
        ['期间', `格式 ${input.period}，须在计划年度内且不晚于本月；按季度报送的指标只在 3、6、9、12 月填报`],
        [
          '数值',
          '累计数；增速、比率填百分数数值（如 6.5 表示 6.5%）；个数、名次填整数；节点类填 1（已完成）或 0（未完成）',
        ],
        ['研判', '“量稳质升”等研判类指标必填：正常推进、需关注或滞后；其他指标不填'],
        ['完成日期', '节点类指标已完成时填写，如 2024-05-20'],
        ['备注、来源', '可不填，如“根据统计月报”'],
        ['版本', '下载时数据的版本，请勿修改。导入时若数据已被他人修改，该行会提示冲突，需重新下载模板'],
        [
          '导入',
          `先预检：系统逐行检查并显示错误，不写入任何数据；全部无误后确认导入，所有行一并写入。每次最多 ${maxImportRows} 行`,
        ],
        ['不导入', '由项目库自动计算的指标（如开工率）不在模板中；数值、研判、完成日期都为空的行会被跳过'],
        ['注意', '请勿合并单元格；公式须有计算结果'],
      ]),
    ],
  };
}
