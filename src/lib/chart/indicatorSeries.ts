/**
 * What the indicator page draws and lists, derived from its records known at the as-of period:
 * one row per reported period (with the status the engine gave at that period) and one chart
 * point per month of the plan year.
 */
import type { Evaluation, EvaluationContext } from '../../domain/evaluation';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import { monthOf, periodOf, periodsOfYear } from '../../domain/period';
import { expectedValue, thresholdInForce } from '../../domain/schedule';
import { evaluateIndicator } from '../../domain/status';

/** A reported period and where the indicator stood at the end of it. */
export interface ReportedPeriod {
  record: IndicatorValue;
  evaluation: Evaluation;
}

/** The status of every reported period, as the engine saw it at that period's end. */
export function reportedPeriods(
  indicator: Indicator,
  records: readonly IndicatorValue[],
  year: number,
): ReportedPeriod[] {
  return records.map((record) => ({
    record,
    evaluation: evaluateIndicator(indicator, records, { year, asOfPeriod: record.period }),
  }));
}

/** The year-end projection as a segment from the latest actual to December, or null when none is due. */
export interface ProjectionSegment {
  from: { period: Period; value: number };
  to: { period: Period; value: number };
}

export function projectionSegment(evaluation: Evaluation, year: number): ProjectionSegment | null {
  const { forecast, actual, actualPeriod } = evaluation;
  if (!forecast || actual === null || actualPeriod === null || monthOf(actualPeriod) === 12) return null;
  return {
    from: { period: actualPeriod, value: actual },
    to: { period: periodOf(year, 12), value: forecast.yearEnd },
  };
}

/** One month on the chart; null where the series has no point. */
export interface ChartPoint {
  period: Period;
  actual: number | null;
  target: number | null;
  schedule: number | null;
  projection: number | null;
}

export function chartPoints(
  indicator: Indicator,
  records: readonly IndicatorValue[],
  projection: ProjectionSegment | null,
  context: EvaluationContext,
): ChartPoint[] {
  const actualByPeriod = new Map(records.map((record) => [record.period, record.value]));
  return periodsOfYear(context.year).map((period) => ({
    period,
    actual: actualByPeriod.get(period) ?? null,
    target: thresholdInForce(indicator.thresholds, period)?.value ?? null,
    schedule: expectedValue(indicator, period),
    projection:
      period === projection?.from.period
        ? projection.from.value
        : period === projection?.to.period
          ? projection.to.value
          : null,
  }));
}

/** The schedule is worth its own line only where it parts from the target (not for growth rates). */
export function scheduleDiffersFromTarget(points: readonly ChartPoint[]): boolean {
  return points.some((point) => point.schedule !== null && point.schedule !== point.target);
}
