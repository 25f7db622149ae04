/** Checks shared by the reporting cycle's routes: the indicator, its plan and a period of its year. */
import type { Indicator, Period, Plan } from '../../src/domain/model';
import { yearOf } from '../../src/domain/period';
import { ApiProblem } from '../http/errors';
import type { Store } from '../store/port';

/** The indicator and its plan, or a 404 naming the indicator. */
export async function indicatorAndPlan(
  store: Store,
  indicatorId: string,
): Promise<{ indicator: Indicator; plan: Plan }> {
  const indicator = await store.getIndicator(indicatorId);
  const plan = indicator ? await store.findPlan(indicator.planId) : null;
  if (!indicator || !plan) throw new ApiProblem('notFound', { field: 'indicatorId' });
  return { indicator, plan };
}

/** Refuses a period outside the plan year, saying which year it must be in. */
export function refusePeriodOutsideYear(
  field: string,
  period: Period,
  year: number,
  code: 'invalidBody' | 'invalidParameter',
): void {
  if (yearOf(period) !== year)
    throw new ApiProblem(code, {
      field,
      reason: {
        zh: `不在计划年度（${year}年）内，应为 ${year}-01 至 ${year}-12 之间的月份`,
        en: `is outside the plan year (${year}): it must be a month from ${year}-01 to ${year}-12`,
      },
    });
}
