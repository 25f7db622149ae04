/**
 * What an indicator definition must satisfy beyond its shape, checked on every create and edit
 * before anything is written: the engine's rules (src/domain/definitionProblems.ts), one rule set
 * with the form, and what only the store knows. Each problem names the field and says, in both
 * languages, what the field may be. Pure: it sees the plan, its indicators, its benchmark series
 * and the organisation's departments, nothing else.
 */
import { validateIndicatorDefinition } from '../../../src/domain/definitionProblems';
import type { BenchmarkSeries, Bilingual, Indicator, IsoDate, Plan } from '../../../src/domain/model';

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

/** A date of the plan year that exists. */
export function datedInYearProblem(field: string, date: IsoDate, year: number): DefinitionProblem | null {
  if (!isRealDate(date)) return { field, reason: notARealDate() };
  if (Number(date.slice(0, 4)) !== year) return { field, reason: outsidePlanYear(year) };
  return null;
}

/**
 * Every problem of the definition: first the engine's (`validateIndicatorDefinition`, the same
 * rules the form applies: targets, bands, ranges, dates, tolerances, planned path, references,
 * unit labels), then what only the store knows: a retired benchmark series, the plan's actions
 * and the organisation's departments. `departments` are the names (zh) of the organisation's
 * departments in use.
 */
export function definitionProblems(
  indicator: Indicator,
  context: { plan: Plan; indicators: Indicator[]; benchmarks: BenchmarkSeries[]; departments: string[] },
): DefinitionProblem[] {
  const { plan } = context;
  const problems: (DefinitionProblem | null)[] = validateIndicatorDefinition(indicator, {
    planYear: plan.year,
    indicators: context.indicators,
    benchmarkSeries: context.benchmarks,
  }).map(({ path, message }) => ({ field: path, reason: message }));
  const reference = indicator.reference;
  if (
    reference?.kind === 'benchmark' &&
    context.benchmarks.some((series) => series.id === reference.seriesId && series.retired)
  )
    problems.push({
      field: 'reference.seriesId',
      reason: {
        zh: '该对标数据已停用：请恢复它或选择本计划在用的对标数据',
        en: 'this benchmark series is retired; restore it or choose one of this plan in use',
      },
    });
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
