/**
 * A plan's year against the calendar (China time): whether it has ended, and the last month an
 * as-of view may stand at.
 */
import type { IsoDate, Period } from '../../domain/model';
import { comparePeriods, periodOf, periodOfDate, yearOf } from '../../domain/period';

/** Whether the plan year is over on `today`. */
export function isPlanYearOver(year: number, today: IsoDate): boolean {
  return yearOf(periodOfDate(today)) > year;
}

/** The last month of the plan year (December). */
export function lastPeriodOfPlanYear(year: number): Period {
  return periodOf(year, 12);
}

/** A period held within the plan year: before it, January; after it, December. */
export function clampToPlanYear(period: Period, year: number): Period {
  if (comparePeriods(period, periodOf(year, 1)) < 0) return periodOf(year, 1);
  if (comparePeriods(period, lastPeriodOfPlanYear(year)) > 0) return lastPeriodOfPlanYear(year);
  return period;
}
