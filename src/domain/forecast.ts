/**
 * The year-end projection (预计全年) of a numeric indicator, always shown as a projection.
 *
 * - Cumulative count / amount — run rate (method 'runRate'): actual × 12 / m. 18亿元 through
 *   March projects 18 × 12 / 3 = 72亿元. The required pace is (target − actual) per remaining period.
 * - Growth rate — trend (method 'trend'): the latest cumulative rate plus its average change per
 *   month over the last up to 3 observations, projected over the months left, halved (a cumulative
 *   rate moves less as the year fills up) and held within ±3 percentage points. The required pace is
 *   the average rate the remaining periods must reach, weighting every period equally:
 *   (N × target − k × latest) / (N − k), N = 12 months or 4 quarters, k periods elapsed. It is an
 *   approximation: real periods weigh by their size.
 * - Deadline rate — trend: the latest rate plus its average change per month projected undamped,
 *   held within 0–100. The required pace is (last threshold − actual) per remaining period, in points.
 * - Rank, milestone, qualitative: no projection (null).
 *
 * Remaining periods are the months after the actual's month (quarters for quarterly indicators).
 * The required pace is null once the year-end target is met by the latest figure or nothing remains.
 */
import type { Indicator } from './model';
import type { Forecast } from './evaluation';
import type { Observation } from './asOf';
import { monthOf, monthsBetween } from './period';
import { sortedThresholds } from './schedule';
import { roundFigure, satisfies } from './tolerances';

/** A growth rate's projected change is halved: the cumulative figure already holds m of 12 months. */
export const growthTrendDamping = 0.5;
/** A growth rate's projected change never exceeds this many percentage points either way. */
export const growthTrendCapPp = 3;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Average change per month from the earliest to the latest of the last up to 3 observations. */
export function trendPerMonth(observations: readonly Observation[]): number {
  const recent = observations.slice(-3);
  const first = recent[0];
  const last = recent.at(-1);
  if (!first || !last) return 0;
  const months = monthsBetween(first.period, last.period);
  return months > 0 ? (last.value - first.value) / months : 0;
}

type ForecastIndicator = Pick<Indicator, 'kind' | 'frequency' | 'thresholds' | 'unit'>;

/** The projection from observations known at the as-of period (in period order); null where none applies. */
export function forecastYearEnd(
  indicator: ForecastIndicator,
  observations: readonly Observation[],
): Forecast | null {
  const latest = observations.at(-1);
  if (!latest) return null;
  const month = monthOf(latest.period);
  const monthsLeft = 12 - month;
  const periodsInYear = indicator.frequency === 'quarterly' ? 4 : 12;
  const periodsElapsed = indicator.frequency === 'quarterly' ? Math.ceil(month / 3) : month;
  const remainingPeriods = periodsInYear - periodsElapsed;
  const target = sortedThresholds(indicator.thresholds).at(-1) ?? null;
  const stillRequired =
    target !== null && remainingPeriods > 0 && !satisfies(latest.value, target, indicator.unit);
  const pace = (required: number): number | null => (stillRequired ? roundFigure(required) : null);
  const targetValue = target?.value ?? 0;

  switch (indicator.kind) {
    case 'cumulativeCount':
    case 'cumulativeAmount':
      return {
        yearEnd: roundFigure((latest.value * 12) / month),
        method: 'runRate',
        requiredPerPeriod: pace((targetValue - latest.value) / remainingPeriods),
        remainingPeriods,
      };
    case 'growthRate': {
      const change = trendPerMonth(observations) * monthsLeft * growthTrendDamping;
      return {
        yearEnd: roundFigure(latest.value + clamp(change, -growthTrendCapPp, growthTrendCapPp)),
        method: 'trend',
        requiredPerPeriod: pace(
          (periodsInYear * targetValue - periodsElapsed * latest.value) / remainingPeriods,
        ),
        remainingPeriods,
      };
    }
    case 'deadlineRate':
      return {
        yearEnd: roundFigure(clamp(latest.value + trendPerMonth(observations) * monthsLeft, 0, 100)),
        method: 'trend',
        requiredPerPeriod: pace((targetValue - latest.value) / remainingPeriods),
        remainingPeriods,
      };
    case 'rank':
    case 'milestone':
    case 'qualitative':
      return null;
  }
}
