import type { AsOf } from '../../src/api/contract';
import type { Period } from '../../src/domain/model';
import { periodCutoff, yearOf } from '../../src/domain/period';
import { ApiProblem } from '../http/errors';
import { outsidePlanYear } from '../store/plans/definitionChecks';

/** The as-of view of a request: everything known now, or only what was recorded by the end of a month. */
export function asOfView(period: Period | undefined): AsOf {
  return period === undefined ? { period: null, cutoff: null } : { period, cutoff: periodCutoff(period) };
}

/** An as-of month outside the plan year is a 400 naming `asOf` and the year: "不在计划年度（2024年）内". */
export function refuseAsOfOutsideYear(period: Period | null | undefined, planYear: number): void {
  if (period !== null && period !== undefined && yearOf(period) !== planYear)
    throw new ApiProblem('invalidParameter', { field: 'asOf', reason: outsidePlanYear(planYear) });
}
