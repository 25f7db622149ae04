/**
 * What is wrong with an indicator's definition before it is saved: each problem names the field
 * (`thresholds.0.valueMax`) and says, in both languages, what is allowed. Nothing here writes; the
 * routes refuse a definition with any problem, so nothing is half-written.
 *
 * Refused: a figure that is not finite or beyond ±1,000,000,000,000; a range without an upper bound
 * or with its lower bound above it; a band ≤ 0; a deadline or planned period that is not a real
 * date or lies outside the plan year; a "behind" tolerance looser than "attention"; a relative
 * target that points at itself, at an indicator or series of another plan or one the plan does
 * not hold, or at one in another unit; a relative target on a judged or one-off indicator; an
 * English unit label that repeats the scale the Chinese one carries (万人 is "people", not "10k people");
 * a measured target without a target value; an upper bound on anything but a range, a band on
 * anything but a 左右 target; two planned figures for one month; a target its kind cannot take (a
 * share above 100%, a fractional rank). The server runs this same check before every write.
 */
import type { BenchmarkSeries, Indicator, Unit } from './model';
import { isCalendarDate } from './model';
import { periodProblem, type FieldProblem } from './planYear';
import { compareFigures } from './tolerances';
import { checkNumericValue } from './valueRules';
import { chineseScale } from './unitLabels';

/** The largest magnitude a target, band, tolerance or planned figure may have. */
export const maxFigureMagnitude = 1e12;

/** The parts of an indicator its definition check reads. */
export type IndicatorDefinition = Pick<
  Indicator,
  | 'id'
  | 'planId'
  | 'kind'
  | 'unit'
  | 'unitLabel'
  | 'frequency'
  | 'thresholds'
  | 'tolerances'
  | 'plannedPath'
  | 'reference'
>;

/** What the check looks things up in: the plan's year, and the indicators and series a reference may name. */
export interface DefinitionContext {
  planYear: number;
  /** The plan's indicators, plus any other the reference names (so another plan's can be told apart from none). */
  indicators: readonly Pick<Indicator, 'id' | 'planId' | 'unit' | 'unitLabel'>[];
  benchmarkSeries: readonly Pick<BenchmarkSeries, 'id' | 'planId' | 'unit'>[];
}

const unitWords: Record<Unit, { zh: string; en: string }> = {
  percent: { zh: '%', en: 'percent' },
  count: { zh: '个数', en: 'count' },
  yiYuan: { zh: '亿元', en: '100 million yuan' },
  rank: { zh: '名次', en: 'rank' },
  measure: { zh: '计量单位', en: 'measure' },
  none: { zh: '无单位', en: 'no unit' },
};

function unitName(subject: Pick<Indicator, 'unit' | 'unitLabel'>): { zh: string; en: string } {
  return subject.unitLabel ?? unitWords[subject.unit];
}

function sameUnit(
  a: Pick<Indicator, 'unit' | 'unitLabel'>,
  b: Pick<Indicator, 'unit' | 'unitLabel'>,
): boolean {
  return a.unit === b.unit && (a.unitLabel?.zh ?? null) === (b.unitLabel?.zh ?? null);
}

function figureProblem(path: string, value: number): FieldProblem | null {
  if (Number.isFinite(value) && Math.abs(value) <= maxFigureMagnitude) return null;
  return {
    path,
    message: {
      zh: `${path} 的数值（${String(value)}）超出允许范围，应在 −1,000,000,000,000 至 1,000,000,000,000 之间`,
      en: `${path} (${String(value)}) is out of range; it must be between −1,000,000,000,000 and 1,000,000,000,000`,
    },
  };
}

function dateProblem(path: string, date: string, year: number): FieldProblem | null {
  const allowed = {
    zh: `应在${year}-01-01至${year}-12-31之间`,
    en: `it must be from ${year}-01-01 to ${year}-12-31`,
  };
  if (!isCalendarDate(date)) {
    return {
      path,
      message: {
        zh: `${path} ${date} 不是有效日期（格式为YYYY-MM-DD），${allowed.zh}`,
        en: `${path} ${date} is not a date of the calendar (YYYY-MM-DD); ${allowed.en}`,
      },
    };
  }
  if (Number(date.slice(0, 4)) !== year) {
    return {
      path,
      message: {
        zh: `${path} ${date} 不在计划年度（${year}年）内，${allowed.zh}`,
        en: `${path} ${date} is outside the plan year (${year}); ${allowed.en}`,
      },
    };
  }
  return null;
}

function thresholdProblems(definition: IndicatorDefinition, year: number): FieldProblem[] {
  return definition.thresholds.flatMap((threshold, index) => {
    const at = `thresholds.${index}`;
    const problems: (FieldProblem | null)[] = [
      figureProblem(`${at}.value`, threshold.value),
      threshold.valueMax === undefined ? null : figureProblem(`${at}.valueMax`, threshold.valueMax),
      threshold.band === undefined ? null : figureProblem(`${at}.band`, threshold.band),
      dateProblem(`${at}.deadline`, threshold.deadline, year),
    ];
    if (threshold.comparator === 'range') {
      if (threshold.valueMax === undefined) {
        problems.push({
          path: `${at}.valueMax`,
          message: {
            zh: `区间目标须填写上限（valueMax），且上限不低于下限（${threshold.value}）`,
            en: `a range needs an upper bound (valueMax) at or above its lower bound (${threshold.value})`,
          },
        });
      } else if (compareFigures(threshold.value, threshold.valueMax) > 0) {
        problems.push({
          path: `${at}.valueMax`,
          message: {
            zh: `区间下限（${threshold.value}）高于上限（${threshold.valueMax}）：上限应不低于${threshold.value}`,
            en: `the range's lower bound (${threshold.value}) is above its upper bound (${threshold.valueMax}); the upper bound must be at least ${threshold.value}`,
          },
        });
      }
    }
    if (threshold.valueMax !== undefined && threshold.comparator !== 'range') {
      problems.push({
        path: `${at}.valueMax`,
        message: {
          zh: '只有区间目标（如4.5%–5%）有上限：请删去上限或将比较方式改为区间',
          en: 'only a range (e.g. 4.5%–5%) has an upper bound; remove it or make the target a range',
        },
      });
    }
    if (threshold.band !== undefined && threshold.comparator !== 'approx') {
      problems.push({
        path: `${at}.band`,
        message: {
          zh: '只有“左右”目标有浮动幅度：请删去幅度或将比较方式改为“左右”',
          en: 'only an "about" target has a band; remove it or make the target "about"',
        },
      });
    } else if (threshold.band !== undefined && !(threshold.band > 0)) {
      problems.push({
        path: `${at}.band`,
        message: {
          zh: `“左右”的浮动幅度（${threshold.band}）须大于0，例如增速常用0.5个百分点`,
          en: `the band of an "about" target (${threshold.band}) must be greater than 0, e.g. 0.5 percentage points for a rate`,
        },
      });
    }
    problems.push(kindValueProblem(definition, `${at}.value`, threshold.value));
    return problems.filter((p): p is FieldProblem => p !== null);
  });
}

/** A target value its kind cannot take (a share above 100%, a fractional rank); a relative target's value is a margin, not a figure. */
function kindValueProblem(definition: IndicatorDefinition, path: string, value: number): FieldProblem | null {
  if (definition.reference !== null) return null;
  const issue = checkNumericValue(definition.kind, value, definition.unit);
  if (issue?.rule === 'wholeNumber')
    return {
      path,
      message: {
        zh: `${path} 的数值（${value}）应为整数`,
        en: `${path} (${value}) must be a whole number`,
      },
    };
  if (issue?.rule === 'outOfRange')
    return {
      path,
      message: {
        zh: `${path} 的数值（${value}）应在 ${issue.min ?? '−∞'} 至 ${issue.max ?? '+∞'} 之间`,
        en: `${path} (${value}) must lie between ${issue.min ?? '−∞'} and ${issue.max ?? '+∞'}`,
      },
    };
  return null;
}

function toleranceProblems(definition: IndicatorDefinition): FieldProblem[] {
  const tolerances = definition.tolerances;
  if (!tolerances) return [];
  const problems = [
    figureProblem('tolerances.attention', tolerances.attention),
    figureProblem('tolerances.behind', tolerances.behind),
  ].filter((p): p is FieldProblem => p !== null);
  if (problems.length > 0) return problems;
  const cumulative = definition.kind === 'cumulativeCount' || definition.kind === 'cumulativeAmount';
  if (cumulative) {
    // Shares of the schedule: behind below `behind`, needsAttention below `attention`.
    if (tolerances.behind > tolerances.attention || tolerances.behind <= 0) {
      problems.push({
        path: 'tolerances.behind',
        message: {
          zh: `“滞后”线（序时进度的${tolerances.behind * 100}%）不能宽于“需关注”线（${tolerances.attention * 100}%）：应大于0且不高于${tolerances.attention}`,
          en: `"behind" (${tolerances.behind} of the schedule) cannot be looser than "needs attention" (${tolerances.attention}); it must be above 0 and at most ${tolerances.attention}`,
        },
      });
    }
  } else if (tolerances.attention < 0 || tolerances.behind < tolerances.attention) {
    // Percentage points below target: needsAttention past `attention`, behind past `behind`.
    problems.push({
      path: tolerances.attention < 0 ? 'tolerances.attention' : 'tolerances.behind',
      message:
        tolerances.attention < 0
          ? {
              zh: `“需关注”线（${tolerances.attention}个百分点）不能为负：应不小于0`,
              en: `"needs attention" (${tolerances.attention} pp) cannot be negative; it must be at least 0`,
            }
          : {
              zh: `“滞后”线（低于目标${tolerances.behind}个百分点）不能宽于“需关注”线（${tolerances.attention}个百分点）：应不小于${tolerances.attention}`,
              en: `"behind" (${tolerances.behind} pp below target) cannot be looser than "needs attention" (${tolerances.attention} pp); it must be at least ${tolerances.attention}`,
            },
    });
  }
  return problems;
}

function referenceProblems(definition: IndicatorDefinition, context: DefinitionContext): FieldProblem[] {
  const reference = definition.reference;
  if (!reference) return [];
  if (definition.kind === 'qualitative' || definition.kind === 'milestone') {
    return [
      {
        path: 'reference',
        message: {
          zh: '研判类和节点类指标不能设对标：对标只用于有数值的指标',
          en: 'a judged or one-off indicator cannot be relative; only measured indicators can',
        },
      },
    ];
  }
  if (reference.kind === 'indicator') {
    const path = 'reference.indicatorId';
    if (reference.indicatorId === definition.id) {
      return [
        {
          path,
          message: {
            zh: '指标不能以自身为对标：请选择本计划中单位相同的另一项指标',
            en: 'an indicator cannot be measured against itself; choose another indicator of this plan in the same unit',
          },
        },
      ];
    }
    const other = context.indicators.find((i) => i.id === reference.indicatorId);
    if (!other || other.planId !== definition.planId) {
      return [
        {
          path,
          message: other
            ? {
                zh: `对标指标（${reference.indicatorId}）属于其他计划：只能选择本计划的指标`,
                en: `the indicator (${reference.indicatorId}) belongs to another plan; choose one of this plan`,
              }
            : {
                zh: `本计划没有指标 ${reference.indicatorId}：只能选择本计划的指标`,
                en: `this plan has no indicator ${reference.indicatorId}; choose one of this plan`,
              },
        },
      ];
    }
    if (!sameUnit(definition, other)) {
      const [mine, theirs] = [unitName(definition), unitName(other)];
      return [
        {
          path,
          message: {
            zh: `对标指标的单位（${theirs.zh}）与本指标（${mine.zh}）不同：应选择单位为${mine.zh}的指标`,
            en: `the indicator's unit (${theirs.en}) differs from this one's (${mine.en}); choose one in ${mine.en}`,
          },
        },
      ];
    }
    return [];
  }
  const path = 'reference.seriesId';
  const series = context.benchmarkSeries.find((s) => s.id === reference.seriesId);
  if (!series || series.planId !== definition.planId) {
    return [
      {
        path,
        message: series
          ? {
              zh: `对标数据（${reference.seriesId}）属于其他计划：只能选择本计划的对标数据`,
              en: `the benchmark series (${reference.seriesId}) belongs to another plan; choose one of this plan`,
            }
          : {
              zh: `本计划没有对标数据 ${reference.seriesId}：请先录入对标数据`,
              en: `this plan has no benchmark series ${reference.seriesId}; enter it first`,
            },
      },
    ];
  }
  if (series.unit !== definition.unit) {
    const [mine, theirs] = [unitWords[definition.unit], unitWords[series.unit]];
    return [
      {
        path,
        message: {
          zh: `对标数据的单位（${theirs.zh}）与本指标（${mine.zh}）不同：应选择单位为${mine.zh}的对标数据`,
          en: `the benchmark series' unit (${theirs.en}) differs from this indicator's (${mine.en}); choose one in ${mine.en}`,
        },
      },
    ];
  }
  return [];
}

function unitLabelProblems(definition: IndicatorDefinition): FieldProblem[] {
  const label = definition.unitLabel;
  if (!label || chineseScale(label.zh) === 1) return [];
  if (!/\d|\b(k|thousand|million|billion|bn|m)\b/i.test(label.en)) return [];
  return [
    {
      path: 'unitLabel.en',
      message: {
        zh: `英文单位（${label.en}）只写计量对象本身，如 people、tonnes：“${label.zh}”中的数量级会自动换算`,
        en: `the English unit (${label.en}) names only what is counted, e.g. people, tonnes; the scale in "${label.zh}" is converted for you`,
      },
    },
  ];
}

/** Every problem with an indicator's definition; empty when it may be saved. */
export function validateIndicatorDefinition(
  definition: IndicatorDefinition,
  context: DefinitionContext,
): FieldProblem[] {
  const seen = new Set<string>();
  const pathProblems = (definition.plannedPath ?? []).flatMap((point, index) => {
    const twice = seen.has(point.period);
    seen.add(point.period);
    const periodAt = `plannedPath.${index}.period`;
    return [
      periodProblem(point.period, context.planYear, periodAt) ??
        (twice
          ? {
              path: periodAt,
              message: {
                zh: `${point.period} 已有计划值：每个月只能有一个计划值`,
                en: `${point.period} already has a planned figure; one per month`,
              },
            }
          : null),
      figureProblem(`plannedPath.${index}.value`, point.value),
    ].filter((p): p is FieldProblem => p !== null);
  });
  const targetMissing: FieldProblem[] =
    definition.thresholds.length === 0 && definition.kind !== 'qualitative'
      ? [
          {
            path: 'thresholds',
            message: {
              zh: '除定性指标外至少需要一个目标值',
              en: 'needs at least one target value unless it is qualitative',
            },
          },
        ]
      : [];
  return [
    ...targetMissing,
    ...thresholdProblems(definition, context.planYear),
    ...toleranceProblems(definition),
    ...pathProblems,
    ...referenceProblems(definition, context),
    ...unitLabelProblems(definition),
  ];
}
