/**
 * A reviewed target as the plan will hold it: the reader's words (a unit as written, 约束性, a
 * qualitative or relative comparison) turned into an indicator definition, and what is wrong with
 * it before anything is written. Pure: the review page shows the result and the problems, and the
 * server writes the same result after checking the same problems.
 *
 * - 增长6%左右 → a growth rate in percent; 开工率超过90% → a dated rate; 80亿元 → an amount in 亿元;
 *   3.3万人, 500亿斤 → a measure in the unit written; 10个, 21项, 5家 → a count; 第1名 → a rank.
 * - 与经济增长同步, 高于全省, 保持在合理区间 without a figure → a judged (qualitative) target: a
 *   yardstick series can be set on the plan later.
 * - 成立……委员会 → a milestone, done once by its deadline.
 */
import { validateIndicatorDefinition } from '../definitionProblems';
import { formatThreshold } from '../format';
import type { Bilingual, Frequency, Indicator, IndicatorKind, Threshold, Unit } from '../model';
import type { FieldProblem } from '../planYear';
import { chineseScale } from '../unitLabels';
import { numericRuleOf } from '../valueRules';
import type { DraftComparator, DraftDirection, DraftKind } from './types';

/** One dated threshold as the planner left it. */
export interface ReviewedThreshold {
  comparator: DraftComparator;
  value: number | null;
  valueMax: number | null;
  band: number | null;
  unit: string | null;
  deadline: string | null;
}

/** A target the planner accepted: the reader's proposal, edited, merged or split, or one added by hand. */
export interface ReviewedTarget {
  name: string;
  kind: DraftKind;
  direction: DraftDirection;
  binding: boolean;
  actionName: string | null;
  thresholds: ReviewedThreshold[];
  /** The report's words it comes from; none for a target added by hand. */
  quotes: string[];
}

/** The definition written for a reviewed target; `actionName` is the action it goes under, or none. */
export type DraftedIndicator = Pick<
  Indicator,
  | 'name'
  | 'kind'
  | 'unit'
  | 'unitLabel'
  | 'direction'
  | 'frequency'
  | 'thresholds'
  | 'targetText'
  | 'sourceQuote'
  | 'nature'
  | 'dataSource'
  | 'isMainTarget'
> & { actionName: string | null };

/** Blank until the planner names who reports the figure. */
export const dataSourceToBeSet: Bilingual = { zh: '待定', en: 'To be set' };

/** What is counted, in English, after the scale word: 万人 → people, 亿斤 → jin, 家 → firms. */
const countedInEnglish: Record<string, string> = {
  人: 'people',
  人次: 'visits',
  户: 'households',
  家: 'firms',
  项: 'items',
  个: 'units',
  套: 'homes',
  所: 'schools',
  条: 'lines',
  座: 'sites',
  台: 'machines',
  辆: 'vehicles',
  件: 'cases',
  批: 'batches',
  次: 'times',
  吨: 'tonnes',
  斤: 'jin',
  亩: 'mu',
  公顷: 'hectares',
  平方米: 'square metres',
  平方公里: 'square kilometres',
  公里: 'km',
  千瓦: 'kW',
  千瓦时: 'kWh',
  标准箱: 'TEU',
  美元: 'US dollars',
  元: 'yuan',
};

/** Whole things, counted one by one: 家, 项, 个 (万人 and 万吨 are measures: 3.3万人). */
const wholeThings = new Set([
  '个',
  '家',
  '项',
  '户',
  '套',
  '所',
  '条',
  '座',
  '台',
  '辆',
  '件',
  '批',
  '次',
  '人',
  '人次',
]);

const scalePrefix = /^(万亿|千亿|百亿|亿|千万|百万|十万|万|千)/;

/** The product's unit for a unit as written, with the label kept where it says more than the unit. */
export function unitOfWritten(written: string | null): { unit: Unit; unitLabel: Bilingual | null } {
  if (written === null || written === '') return { unit: 'none', unitLabel: null };
  if (written === '%' || written === '个百分点' || written === '百分点')
    return { unit: 'percent', unitLabel: null };
  if (written === '亿元') return { unit: 'yiYuan', unitLabel: null };
  if (written === '名' || written === '位') return { unit: 'rank', unitLabel: null };
  if (written === '个') return { unit: 'count', unitLabel: null };
  const counted = chineseScale(written) === 1 ? written : written.replace(scalePrefix, '');
  const unitLabel = { zh: written, en: countedInEnglish[counted] ?? written };
  if (chineseScale(written) === 1 && wholeThings.has(written)) return { unit: 'count', unitLabel };
  return { unit: 'measure', unitLabel };
}

function kindFor(target: ReviewedTarget, unit: Unit): IndicatorKind {
  if (target.kind === 'milestone') return 'milestone';
  if (target.kind === 'qualitative' || target.kind === 'relative') return 'qualitative';
  if (target.thresholds.some((threshold) => threshold.comparator === 'qualitative')) return 'qualitative';
  if (unit === 'percent') return target.kind === 'growthRate' ? 'growthRate' : 'deadlineRate';
  if (unit === 'rank') return 'rank';
  if (unit === 'count') return 'cumulativeCount';
  return 'cumulativeAmount';
}

function frequencyFor(kind: IndicatorKind, name: string): Frequency {
  if (kind === 'milestone') return 'once';
  if (kind === 'qualitative' || /生产总值|GDP/.test(name)) return 'quarterly';
  return 'monthly';
}

function thresholdOf(reviewed: ReviewedThreshold, year: number): Threshold {
  return {
    value: reviewed.value ?? Number.NaN,
    ...(reviewed.comparator === 'range' && reviewed.valueMax !== null ? { valueMax: reviewed.valueMax } : {}),
    ...(reviewed.comparator === 'approx' && reviewed.band !== null ? { band: reviewed.band } : {}),
    comparator: reviewed.comparator === 'qualitative' ? 'gte' : reviewed.comparator,
    deadline: reviewed.deadline ?? `${year}-12-31`,
  };
}

/** The first unit written on any threshold: a merged target keeps one unit. */
function writtenUnit(target: ReviewedTarget): string | null {
  return target.thresholds.find((threshold) => threshold.unit !== null)?.unit ?? null;
}

/** The indicator a reviewed target becomes in a plan of `year`. */
export function draftedIndicator(target: ReviewedTarget, year: number): DraftedIndicator {
  const name = target.name.trim();
  const written = unitOfWritten(writtenUnit(target));
  const kind = kindFor(target, written.unit);
  const { unit, unitLabel } =
    kind === 'qualitative' || kind === 'milestone' ? { unit: 'none' as const, unitLabel: null } : written;
  const thresholds =
    kind === 'qualitative'
      ? []
      : kind === 'milestone'
        ? [
            {
              value: 1,
              comparator: 'gte' as const,
              deadline: target.thresholds[0]?.deadline ?? `${year}-12-31`,
            },
          ]
        : target.thresholds.map((threshold) => thresholdOf(threshold, year));
  const quoted = target.quotes.join('……');
  const worded = (locale: 'zh-CN' | 'en-US') =>
    thresholds
      .map((threshold) =>
        formatThreshold(threshold, { unit, unitLabel }, locale, {
          withDeadline: threshold.deadline !== `${year}-12-31`,
        }),
      )
      .join(locale === 'zh-CN' ? '；' : '; ');
  const targetText: Bilingual =
    kind === 'qualitative' ||
    kind === 'milestone' ||
    thresholds.some((threshold) => Number.isNaN(threshold.value))
      ? { zh: quoted || name, en: quoted || name }
      : { zh: worded('zh-CN'), en: worded('en-US') };
  return {
    name: { zh: name, en: name },
    kind,
    unit,
    unitLabel,
    direction: target.direction,
    frequency: frequencyFor(kind, name),
    thresholds,
    targetText,
    sourceQuote: quoted || `${name}${kind === 'qualitative' ? '' : targetText.zh}`,
    nature: target.binding ? 'binding' : 'expected',
    dataSource: dataSourceToBeSet,
    isMainTarget: target.actionName === null,
    actionName: target.actionName,
  };
}

const missingValue = (path: string): FieldProblem => ({
  path,
  message: {
    zh: `${path} 未填写目标数值：请填写数值，或将比较方式改为“定性”`,
    en: `${path} has no target figure: enter one, or make the comparison qualitative`,
  },
});

/** Everything wrong with a reviewed target in a plan of `year`: empty when it may be written. */
export function draftedIndicatorProblems(target: ReviewedTarget, year: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const indicator = draftedIndicator(target, year);
  if (indicator.name.zh.length === 0)
    problems.push({
      path: 'name',
      message: { zh: 'name 目标名称不能为空', en: 'name: the target needs a name' },
    });
  else if (indicator.sourceQuote.length < 4)
    problems.push({
      path: 'name',
      message: {
        zh: `name 目标名称（${indicator.name.zh}）过短：补充的目标须写明名称和目标值，合计至少4个字`,
        en: `name (${indicator.name.zh}) is too short: a target added by hand needs a name and a figure of at least 4 characters together`,
      },
    });
  indicator.thresholds.forEach((threshold, index) => {
    if (Number.isNaN(threshold.value)) problems.push(missingValue(`thresholds.${index}.value`));
  });
  const rule = numericRuleOf(indicator.kind, indicator.unit);
  if (rule)
    indicator.thresholds.forEach((threshold, index) => {
      const path = `thresholds.${index}.value`;
      if (Number.isNaN(threshold.value)) return;
      if (rule.whole && !Number.isInteger(threshold.value))
        problems.push({
          path,
          message: {
            zh: `${path}（${threshold.value}）应为整数`,
            en: `${path} (${threshold.value}) must be a whole number`,
          },
        });
      else if (threshold.value < rule.min || (rule.max !== null && threshold.value > rule.max))
        problems.push({
          path,
          message: {
            zh: `${path}（${threshold.value}）应在 ${rule.min} 至 ${rule.max ?? '+∞'} 之间`,
            en: `${path} (${threshold.value}) must lie between ${rule.min} and ${rule.max ?? '+∞'}`,
          },
        });
    });
  const checked = validateIndicatorDefinition(
    {
      id: 'drafted',
      planId: 'drafted',
      kind: indicator.kind,
      unit: indicator.unit,
      unitLabel: indicator.unitLabel,
      frequency: indicator.frequency,
      thresholds: indicator.thresholds.map((threshold) =>
        Number.isNaN(threshold.value) ? { ...threshold, value: 0 } : threshold,
      ),
      tolerances: null,
      plannedPath: null,
      reference: null,
    },
    { planYear: year, indicators: [], benchmarkSeries: [] },
  );
  // A field already refused above (a missing value, a fractional count) is named once.
  const named = new Set(problems.map((problem) => problem.path));
  return [...problems, ...checked.filter((problem) => !named.has(problem.path))];
}
