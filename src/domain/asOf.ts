/**
 * The as-of view: which month the dashboard stands at, and which figures are known there.
 */
import type { IsoDate, IndicatorValue, Period } from './model';
import { comparePeriods, periodOf, periodOfDate, periodsOfYear, yearOf } from './period';
import type { EvaluationContext } from './evaluation';

/** One numeric figure of an indicator: cumulative since January through the end of `period`. */
export interface Observation {
  period: Period;
  value: number;
}

/**
 * The period a view opens at when none is chosen. Once the plan year has ended: its December, the
 * year-end, where final verdicts stand (a year whose last figure is October's still opens at
 * December, showing what never came as 未报送). While it runs: the latest period of the plan year
 * that has any figure (numeric or judged) and is not after today's month, or today's month without
 * one. Before it begins: January.
 */
export function defaultAsOfPeriod(values: readonly IndicatorValue[], year: number, today: IsoDate): Period {
  const todayPeriod = periodOfDate(today);
  if (yearOf(todayPeriod) > year) return periodOf(year, 12);
  let latest: Period | null = null;
  for (const { period } of values) {
    if (yearOf(period) !== year || comparePeriods(period, todayPeriod) > 0) continue;
    if (latest === null || comparePeriods(period, latest) > 0) latest = period;
  }
  if (latest) return latest;
  return yearOf(todayPeriod) === year ? todayPeriod : periodOf(year, 1);
}

/** The months of the plan year from January through `period`: the choices of an as-of selector. */
export function periodsUpTo(year: number, period: Period): Period[] {
  return periodsOfYear(year).filter((p) => comparePeriods(p, period) <= 0);
}

/**
 * The records of one indicator known in a view: inside the plan year, for periods at or before
 * the as-of period, one per period (the latest recorded wins), in period order.
 */
export function recordsKnownAt(
  indicatorId: string,
  values: readonly IndicatorValue[],
  context: EvaluationContext,
): IndicatorValue[] {
  const byPeriod = new Map<Period, IndicatorValue>();
  for (const record of values) {
    if (record.indicatorId !== indicatorId || yearOf(record.period) !== context.year) continue;
    if (comparePeriods(record.period, context.asOfPeriod) > 0) continue;
    const kept = byPeriod.get(record.period);
    if (!kept || record.recordedAt > kept.recordedAt) byPeriod.set(record.period, record);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The numeric figures among records, in period order. */
export function observationsOf(records: readonly IndicatorValue[]): Observation[] {
  return records.flatMap((r) => (r.value === null ? [] : [{ period: r.period, value: r.value }]));
}

/** The latest observation at or before a period, or null. */
export function latestAtOrBefore(observations: readonly Observation[], period: Period): Observation | null {
  return observations.findLast((o) => comparePeriods(o.period, period) <= 0) ?? null;
}
