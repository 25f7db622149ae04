/**
 * Where a figure should stand at the end of a month: the pro-rata schedule (序时进度), the dated
 * thresholds, or a planner's own path.
 *
 * - Cumulative count / amount and deadline rates follow the dated schedule: from 0 at the start of
 *   the year rising pro rata to the first threshold at its deadline's month, then linearly by month
 *   from one threshold to the next, then flat at the last. With one threshold due in December this
 *   is target × m / 12: 80亿元 at the end of March is 80 × 3 / 12 = 20.
 * - Growth rates and ranks: the value of the threshold in force (a cumulative growth rate is
 *   compared with the target directly).
 * - Milestones: 1 (done) from the month of the deadline; no expectation before it.
 * - A planned path (`indicator.plannedPath`) replaces all of these: the last planned point at or
 *   before the month. Before its first point a cumulative figure or a milestone is expected at 0,
 *   a rate or rank at its default expectation.
 */
import type { Indicator, Period, PlannedPoint, Threshold } from './model';
import {
  comparePeriods,
  monthOf,
  monthsBetween,
  periodEndDate,
  periodOf,
  periodOfDate,
  yearOf,
} from './period';

/** The thresholds in deadline order. */
export function sortedThresholds(thresholds: readonly Threshold[]): Threshold[] {
  return [...thresholds].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}

/**
 * Whether a threshold's deadline has come at the end of `asOfPeriod`: 2024-03-31 is due in the
 * 2024-03 view (its last day is the deadline) and in every later one.
 */
export function isDue(threshold: Threshold, asOfPeriod: Period): boolean {
  return periodEndDate(asOfPeriod) >= threshold.deadline;
}

/**
 * The threshold in force at a period: the first whose deadline falls in that month or later, so a
 * threshold stays in force through its deadline's month (the March view shows the Q1 verdict, the
 * next threshold takes over in April); once every deadline's month has passed, the last one.
 */
export function thresholdInForce(thresholds: readonly Threshold[], period: Period): Threshold | null {
  const ordered = sortedThresholds(thresholds);
  return ordered.find((t) => comparePeriods(periodOfDate(t.deadline), period) >= 0) ?? ordered.at(-1) ?? null;
}

/**
 * The dated schedule at a period: pro rata from 0 at the start of the first deadline's year to
 * the first threshold, linear by month between thresholds, the last threshold afterwards.
 * A start rate of >90% by 03-31 and 100% by 06-30 expects 30 in January, 60 in February, 90 in
 * March, 93.33 in April, 96.67 in May and 100 from June.
 */
export function scheduleProgress(thresholds: readonly Threshold[], period: Period): number | null {
  const ordered = sortedThresholds(thresholds);
  const first = ordered[0];
  if (!first) return null;
  const firstDeadline = periodOfDate(first.deadline);
  const monthsFromYearStart = monthsBetween(periodOf(yearOf(firstDeadline), 1), period) + 1;
  const monthsToFirst = monthOf(firstDeadline);
  if (monthsFromYearStart <= monthsToFirst) {
    return (first.value * Math.max(0, monthsFromYearStart)) / monthsToFirst;
  }
  let previous = first;
  for (const next of ordered.slice(1)) {
    const span = monthsBetween(periodOfDate(previous.deadline), periodOfDate(next.deadline));
    const elapsed = monthsBetween(periodOfDate(previous.deadline), period);
    if (span > 0 && elapsed <= span) {
      return previous.value + ((next.value - previous.value) * elapsed) / span;
    }
    previous = next;
  }
  return previous.value;
}

/** The last planned point at or before the period, or null before the first one. */
export function plannedValueAt(plannedPath: readonly PlannedPoint[], period: Period): number | null {
  let found: PlannedPoint | null = null;
  for (const point of plannedPath) {
    if (
      comparePeriods(point.period, period) <= 0 &&
      (!found || comparePeriods(point.period, found.period) > 0)
    ) {
      found = point;
    }
  }
  return found ? found.value : null;
}

type ScheduledIndicator = Pick<Indicator, 'kind' | 'thresholds' | 'plannedPath'>;

/** Where the figure should stand at the end of `period`; null where nothing is expected yet. */
export function expectedValue(indicator: ScheduledIndicator, period: Period): number | null {
  const planned = indicator.plannedPath ? plannedValueAt(indicator.plannedPath, period) : null;
  if (planned !== null) return planned;
  switch (indicator.kind) {
    case 'cumulativeCount':
    case 'cumulativeAmount':
      return indicator.plannedPath ? 0 : scheduleProgress(indicator.thresholds, period);
    case 'deadlineRate':
      return scheduleProgress(indicator.thresholds, period);
    case 'growthRate':
    case 'rank':
      return thresholdInForce(indicator.thresholds, period)?.value ?? null;
    case 'milestone': {
      if (indicator.plannedPath) return 0;
      const threshold = thresholdInForce(indicator.thresholds, period);
      return threshold && comparePeriods(period, periodOfDate(threshold.deadline)) >= 0
        ? threshold.value
        : null;
    }
    case 'qualitative':
      return null;
  }
}
