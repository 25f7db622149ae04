/**
 * The year-end projection (预计全年) of a numeric indicator, always shown as a projection (预测).
 *
 * - Cumulative amount — run rate (method 'runRate'): actual × 12 / m. 18亿元 through March projects
 *   18 × 12 / 3 = 72亿元. The required pace is (target − actual) per remaining period.
 * - Cumulative count — the same run rate, rounded to a whole number (39.6个 is not a count): the
 *   projection to the nearest whole, the required pace up to the next whole (34 projects over
 *   9 months needs 4 a month, not 3.8).
 * - Growth rate — trend (method 'trend'): the latest cumulative rate plus its average change per
 *   month over the last up to 3 observations, projected over the months left, halved (a cumulative
 *   rate moves less as the year fills up) and held within ±3 percentage points. No required pace:
 *   a cumulative year-on-year rate (累计同比增速) does not add up month by month. The year's rate is
 *   the growth of the whole year's sum over last year's, so what the remaining months must reach is
 *   the growth of their sum over the same months last year, which depends on last year's monthly
 *   base (see `requiredGrowthOfRemainder`). The figures hold only the cumulative rates, so the pace
 *   is 'needsPriorYearBase' — never "每月17.0%", and never "reached" because Q3 is above the target.
 * - Deadline rate — trend: the latest rate plus its average change per month projected undamped,
 *   held within 0–100. The required pace is (last threshold − actual) per remaining period, in points.
 * - Rank, milestone, qualitative: no projection (null).
 *
 * Remaining periods are the months after the actual's month (quarters for quarterly indicators).
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

/**
 * The growth in percent the remaining periods' sum must reach over the same periods last year for the
 * year to reach `targetRate`, given the cumulative rate so far and last year's sums for the elapsed and
 * the remaining periods (in any one unit): ((1 + T)(Bₑ + Bᵣ) − (1 + g)Bₑ) / Bᵣ − 1.
 * Null when last year's remaining base is not positive.
 */
export function requiredGrowthOfRemainder(
  targetRate: number,
  cumulativeRate: number,
  baseElapsed: number,
  baseRemaining: number,
): number | null {
  if (!(baseRemaining > 0) || !(baseElapsed >= 0)) return null;
  const yearTotal = (1 + targetRate / 100) * (baseElapsed + baseRemaining);
  const soFar = (1 + cumulativeRate / 100) * baseElapsed;
  return roundFigure(((yearTotal - soFar) / baseRemaining - 1) * 100);
}

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
  const targetValue = target?.value ?? 0;
  /** The pace of a figure that adds up: what is still missing, spread over the periods left. */
  const additivePace = (
    perPeriod: (missing: number) => number,
  ): Pick<Forecast, 'requiredPerPeriod' | 'pace' | 'remainingPeriods'> => {
    if (remainingPeriods <= 0) return { requiredPerPeriod: null, pace: 'noneRemaining', remainingPeriods };
    if (target === null || satisfies(latest.value, target, indicator.unit))
      return { requiredPerPeriod: null, pace: 'reached', remainingPeriods };
    return {
      requiredPerPeriod: roundFigure(perPeriod((targetValue - latest.value) / remainingPeriods)),
      pace: 'required',
      remainingPeriods,
    };
  };

  switch (indicator.kind) {
    case 'cumulativeAmount':
      return {
        yearEnd: roundFigure((latest.value * 12) / month),
        method: 'runRate',
        ...additivePace((perPeriod) => perPeriod),
      };
    case 'cumulativeCount':
      return {
        yearEnd: Math.round((latest.value * 12) / month),
        method: 'runRate',
        // A tiny float error must not ask for one more: 17.0000000001 is 17.
        ...additivePace((perPeriod) => Math.max(0, Math.ceil(roundFigure(perPeriod)))),
      };
    case 'growthRate': {
      const change = trendPerMonth(observations) * monthsLeft * growthTrendDamping;
      return {
        yearEnd: roundFigure(latest.value + clamp(change, -growthTrendCapPp, growthTrendCapPp)),
        method: 'trend',
        requiredPerPeriod: null,
        pace: remainingPeriods > 0 ? 'needsPriorYearBase' : 'noneRemaining',
        remainingPeriods,
      };
    }
    case 'deadlineRate':
      return {
        yearEnd: roundFigure(clamp(latest.value + trendPerMonth(observations) * monthsLeft, 0, 100)),
        method: 'trend',
        ...additivePace((perPeriod) => perPeriod),
      };
    case 'rank':
    case 'milestone':
    case 'qualitative':
      return null;
  }
}
