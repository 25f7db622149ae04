/**
 * The plan as a spreadsheet (目标进度表): every indicator with its target, actual, the schedule
 * (序时进度), the gap and its status in words, evaluated by the status engine exactly as the
 * overview shows it, in one flat sheet with a 所属 column; and a 说明 sheet naming the as-of month
 * and the source. Browser-safe.
 */
import type { PlanTreeResponse } from '../../src/api/contract';
import type { Status } from '../../src/domain/evaluation';
import { formatDate, formatPeriod, formatThreshold } from '../../src/domain/format';
import { gapWords } from '../../src/domain/gapWords';
import type { Indicator, Period } from '../../src/domain/model';
import { planContext, valuesByIndicator } from '../../src/domain/planEvaluation';
import { evaluateIndicator } from '../../src/domain/status';
import { commonMessages } from '../../src/i18n/commonMessages';
import { judgementWords } from './figureColumns';
import { notesSheet, type SheetColumn, type SheetDocument, type WrittenValue } from './sheet';

/** The status words of the overview: the app's own texts (common.status), not a copy. */
export const statusWords: Record<Status, string> = commonMessages['zh-CN'].status;

const unitWords: Record<Indicator['unit'], string> = {
  percent: '%',
  count: '个',
  yiYuan: '亿元',
  rank: '名次',
  measure: '',
  none: '',
};

const columns: SheetColumn[] = [
  { header: '指标编号', width: 32, format: 'text' },
  { header: '指标名称', width: 30 },
  { header: '所属', width: 18 },
  { header: '单位', width: 8 },
  { header: '目标', width: 28 },
  { header: '当前考核目标', width: 30 },
  { header: '实际值', width: 10, format: 'number' },
  { header: '数据期间', width: 10, format: 'text' },
  { header: '序时进度（应达）', width: 14, format: 'number' },
  { header: '差距', width: 10, format: 'number' },
  { header: '差距说明', width: 16 },
  { header: '状态', width: 14 },
  { header: '年末预测', width: 10, format: 'number' },
  { header: '数据来源', width: 24 },
  { header: '示例数据', width: 10 },
];

/** Figures to four decimals, enough for any reported figure and free of computing noise. */
function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e4) / 1e4;
}

export interface PlanExportInput {
  tree: PlanTreeResponse;
  asOfPeriod: Period;
  /** When the file is made (ISO instant). */
  exportedAt: string;
}

export function planExport({ tree, asOfPeriod, exportedAt }: PlanExportInput): SheetDocument {
  const { plan } = tree;
  const actions = new Map(plan.actions.map((action) => [action.id, action]));
  const context = planContext(
    plan.year,
    asOfPeriod,
    tree.indicators,
    valuesByIndicator(tree.values),
    tree.benchmarks,
  );
  const actionOrder = new Map(plan.actions.map((action) => [action.id, action.order]));
  const sectionOrder = (indicator: Indicator) =>
    indicator.actionId === null ? -1 : (actionOrder.get(indicator.actionId) ?? Number.MAX_SAFE_INTEGER);
  const ordered = [...tree.indicators].sort(
    (a, b) => sectionOrder(a) - sectionOrder(b) || a.order - b.order || (a.id < b.id ? -1 : 1),
  );
  const rows = ordered.map((indicator): WrittenValue[] => {
    const evaluation = evaluateIndicator(indicator, tree.values, context);
    const latest = tree.values.find(
      (value) => value.indicatorId === indicator.id && value.period === evaluation.actualPeriod,
    );
    const section =
      indicator.actionId === null
        ? '主要预期目标'
        : (actions.get(indicator.actionId)?.name.zh ?? indicator.actionId);
    const status =
      evaluation.judged && evaluation.judgement
        ? `${judgementWords[evaluation.judgement].zh}（研判）`
        : statusWords[evaluation.status];
    return [
      indicator.id,
      indicator.name.zh,
      section,
      unitWords[indicator.unit],
      indicator.targetText.zh,
      evaluation.threshold ? formatThreshold(evaluation.threshold, indicator.unit, 'zh-CN') : null,
      rounded(evaluation.actual),
      evaluation.actualPeriod,
      rounded(evaluation.expected),
      rounded(evaluation.gap?.absolute ?? null),
      gapWords(indicator, evaluation, 'zh-CN'),
      status,
      rounded(evaluation.forecast?.yearEnd ?? null),
      indicator.dataSource.zh,
      latest?.isDemo ? '是' : null,
    ];
  });
  const source = plan.sourceDocument;
  return {
    sheets: [
      { name: '目标进度', columns, rows },
      notesSheet([
        ['计划', `${plan.title.zh}（${plan.zone.zh}，${plan.year}年）`],
        ['数据截至', `${formatPeriod(asOfPeriod, 'zh-CN')}末：只计入当时已录入的数据`],
        ['导出时间', `${exportedAt.slice(0, 10)}（UTC ${exportedAt.slice(11, 16)}）`],
        ['依据', `${source.title}（${source.publisher}，${formatDate(source.publishedOn, 'zh-CN')}发布）`],
        [
          '序时进度',
          '按时间进度此时应达到的数值：累计指标与开工率按月份均摊到考核节点，增速与名次取当期考核目标；有计划进度的按计划进度',
        ],
        ['差距', '实际值减应达值；增速与比率为百分点，累计指标的“差距说明”为相对差距'],
        [
          '状态',
          '超前、符合序时进度、需关注、滞后、未报送；考核节点过后为已完成或未完成。研判类指标显示研判结果',
        ],
        ['由项目库计算', '开工率、投产项目、完成投资等指标由重点项目清单计算'],
        ['示例数据', '标“是”的数值为示例数据，不代表实际统计结果'],
      ]),
    ],
  };
}
