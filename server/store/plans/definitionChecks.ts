/**
 * What an indicator definition must satisfy beyond its shape, checked on every create and edit
 * before anything is written. Each problem names the field and says, in both languages, what the
 * field may be. Pure: it sees the plan, its indicators and its benchmark series, nothing else.
 */
import type {
  BenchmarkSeries,
  Bilingual,
  Indicator,
  IsoDate,
  Plan,
  Threshold,
  Tolerances,
} from '../../../src/domain/model';
import { yearOf } from '../../../src/domain/period';
import { checkNumericValue } from '../../../src/domain/valueRules';

export interface DefinitionProblem {
  field: string;
  reason: Bilingual;
}

/** No plan figure comes near it; larger numbers are typing slips (1e308). */
export const saneMagnitude = 1e12;

/** True for a calendar date that exists (2024-02-29 yes, 2024-02-31 and 2024-99-99 no). */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
  );
}

export function outsidePlanYear(year: number): Bilingual {
  return { zh: `不在计划年度（${year}年）内`, en: `is outside the plan year (${year})` };
}

export function notARealDate(): Bilingual {
  return { zh: '不是有效日期，应为 YYYY-MM-DD 格式的真实日期', en: 'is not a real date (YYYY-MM-DD)' };
}

function saneNumberProblem(field: string, value: number): DefinitionProblem | null {
  if (Number.isFinite(value) && Math.abs(value) <= saneMagnitude) return null;
  return {
    field,
    reason: {
      zh: `应在 −${saneMagnitude.toExponential()} 至 ${saneMagnitude.toExponential()} 之间`,
      en: `must lie between −${saneMagnitude.toExponential()} and ${saneMagnitude.toExponential()}`,
    },
  };
}

/** A date of the plan year that exists. */
export function datedInYearProblem(field: string, date: IsoDate, year: number): DefinitionProblem | null {
  if (!isRealDate(date)) return { field, reason: notARealDate() };
  if (Number(date.slice(0, 4)) !== year) return { field, reason: outsidePlanYear(year) };
  return null;
}

function thresholdProblems(indicator: Indicator, threshold: Threshold, field: string, year: number) {
  const problems: (DefinitionProblem | null)[] = [
    datedInYearProblem(`${field}.deadline`, threshold.deadline, year),
    saneNumberProblem(`${field}.value`, threshold.value),
  ];
  if (indicator.reference === null) {
    const issue = checkNumericValue(indicator.kind, threshold.value);
    if (issue?.rule === 'outOfRange' || issue?.rule === 'wholeNumber')
      problems.push({
        field: `${field}.value`,
        reason:
          issue.rule === 'wholeNumber'
            ? { zh: '应为整数', en: 'must be a whole number' }
            : {
                zh: `应在 ${issue.min ?? '−∞'} 至 ${issue.max ?? '+∞'} 之间`,
                en: `must lie between ${issue.min ?? '−∞'} and ${issue.max ?? '+∞'}`,
              },
      });
  }
  if (threshold.comparator === 'range') {
    if (threshold.valueMax === undefined)
      problems.push({
        field: `${field}.valueMax`,
        reason: { zh: '区间目标需要上限', en: 'a range needs its upper bound' },
      });
    else if (threshold.valueMax < threshold.value)
      problems.push({
        field: `${field}.valueMax`,
        reason: {
          zh: `上限应不低于下限（${threshold.value}）`,
          en: `the upper bound must not be below the lower bound (${threshold.value})`,
        },
      });
    else problems.push(saneNumberProblem(`${field}.valueMax`, threshold.valueMax));
  } else if (threshold.valueMax !== undefined)
    problems.push({
      field: `${field}.valueMax`,
      reason: { zh: '只有区间目标有上限', en: 'only a range has an upper bound' },
    });
  if (threshold.band !== undefined) {
    if (threshold.comparator !== 'approx')
      problems.push({
        field: `${field}.band`,
        reason: { zh: '只有“左右”目标有浮动幅度', en: 'only an approximate target has a band' },
      });
    else if (!(threshold.band > 0))
      problems.push({ field: `${field}.band`, reason: { zh: '应大于 0', en: 'must be greater than 0' } });
    else problems.push(saneNumberProblem(`${field}.band`, threshold.band));
  }
  return problems;
}

/** Rates take tolerances in 百分点 below target (behind ≥ attention); cumulative figures as shares of the schedule (behind ≤ attention). */
function toleranceProblems(indicator: Indicator, tolerances: Tolerances): (DefinitionProblem | null)[] {
  const inPoints =
    indicator.kind === 'growthRate' || indicator.kind === 'deadlineRate' || indicator.unit === 'percent';
  const problems = [
    saneNumberProblem('tolerances.attention', tolerances.attention),
    saneNumberProblem('tolerances.behind', tolerances.behind),
  ];
  if (tolerances.attention < 0 || tolerances.behind < 0)
    problems.push({
      field: tolerances.attention < 0 ? 'tolerances.attention' : 'tolerances.behind',
      reason: { zh: '应不小于 0', en: 'must not be below 0' },
    });
  else if (inPoints ? tolerances.behind < tolerances.attention : tolerances.behind > tolerances.attention)
    problems.push({
      field: 'tolerances.behind',
      reason: inPoints
        ? {
            zh: `“滞后”应不宽于“需关注”：应不小于 ${tolerances.attention} 个百分点`,
            en: `"behind" must not be looser than "attention": at least ${tolerances.attention} points`,
          }
        : {
            zh: `“滞后”应不宽于“需关注”：应不大于 ${tolerances.attention}`,
            en: `"behind" must not be looser than "attention": at most ${tolerances.attention}`,
          },
    });
  return problems;
}

function referenceProblem(
  indicator: Indicator,
  plan: Plan,
  indicators: Indicator[],
  benchmarks: BenchmarkSeries[],
): DefinitionProblem | null {
  const reference = indicator.reference;
  if (reference === null) return null;
  if (reference.kind === 'benchmark') {
    const series = benchmarks.find((candidate) => candidate.id === reference.seriesId);
    if (!series || series.planId !== plan.id || series.retired)
      return {
        field: 'reference.seriesId',
        reason: { zh: '应为本计划在用的对标数据系列', en: 'must be a benchmark series of this plan in use' },
      };
    return null;
  }
  if (reference.indicatorId === indicator.id)
    return {
      field: 'reference.indicatorId',
      reason: { zh: '不能以指标自身为参照', en: 'an indicator cannot be measured against itself' },
    };
  const other = indicators.find((candidate) => candidate.id === reference.indicatorId);
  if (!other || other.planId !== plan.id)
    return {
      field: 'reference.indicatorId',
      reason: { zh: '应为本计划中的另一项指标', en: 'must be another indicator of this plan' },
    };
  if (other.unit !== indicator.unit)
    return {
      field: 'reference.indicatorId',
      reason: {
        zh: `参照指标的单位应与本指标相同（${indicator.unit}）`,
        en: `the indicator referred to must have the same unit (${indicator.unit})`,
      },
    };
  return null;
}

/**
 * Every problem of the definition, first the thresholds, then the planned path, tolerances,
 * reference, action and departments. `departments` are the names (zh) of the organisation's
 * departments in use.
 */
export function definitionProblems(
  indicator: Indicator,
  context: { plan: Plan; indicators: Indicator[]; benchmarks: BenchmarkSeries[]; departments: string[] },
): DefinitionProblem[] {
  const { plan } = context;
  const problems: (DefinitionProblem | null)[] = [];
  if (indicator.thresholds.length === 0 && indicator.kind !== 'qualitative')
    problems.push({
      field: 'thresholds',
      reason: { zh: '除定性指标外至少需要一个目标值', en: 'needs at least one target unless qualitative' },
    });
  indicator.thresholds.forEach((threshold, index) =>
    problems.push(...thresholdProblems(indicator, threshold, `thresholds.${index}`, plan.year)),
  );
  const periods = new Set<string>();
  (indicator.plannedPath ?? []).forEach((point, index) => {
    if (yearOf(point.period) !== plan.year)
      problems.push({ field: `plannedPath.${index}.period`, reason: outsidePlanYear(plan.year) });
    else if (periods.has(point.period))
      problems.push({
        field: `plannedPath.${index}.period`,
        reason: { zh: '每个月只能有一个计划值', en: 'one planned value per month' },
      });
    periods.add(point.period);
    problems.push(saneNumberProblem(`plannedPath.${index}.value`, point.value));
  });
  if (indicator.tolerances) problems.push(...toleranceProblems(indicator, indicator.tolerances));
  problems.push(referenceProblem(indicator, plan, context.indicators, context.benchmarks));
  if (indicator.actionId !== null && !plan.actions.some((action) => action.id === indicator.actionId))
    problems.push({
      field: 'actionId',
      reason: { zh: '应为本计划的攻坚行动', en: 'must be a campaign action of this plan' },
    });
  const known = new Set(context.departments);
  const listed = context.departments.join('、') || '（无）';
  if (indicator.leadDepartment !== null && !known.has(indicator.leadDepartment))
    problems.push({
      field: 'leadDepartment',
      reason: {
        zh: `应为已登记的部门之一：${listed}`,
        en: `must be one of the registered departments: ${listed}`,
      },
    });
  indicator.contributingDepartments.forEach((name, index) => {
    if (!known.has(name))
      problems.push({
        field: `contributingDepartments.${index}`,
        reason: {
          zh: `应为已登记的部门之一：${listed}`,
          en: `must be one of the registered departments: ${listed}`,
        },
      });
  });
  return problems.filter((problem): problem is DefinitionProblem => problem !== null);
}
