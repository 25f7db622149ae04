/**
 * How far from the schedule (序时进度) a figure may be before its status changes, and the exact
 * comparisons the engine uses to decide it.
 *
 * Defaults, before a deadline (higherIsBetter; lowerIsBetter mirrors every comparison):
 *
 * | kind                         | behind (滞后)            | needsAttention (需关注)   | onSchedule (符合序时进度)  | ahead (超前)            |
 * |------------------------------|--------------------------|--------------------------|---------------------------|-------------------------|
 * | growth rate, deadline rate   | actual < expected − 1 pp | actual < expected        | expected ≤ actual < +1 pp | actual ≥ expected + 1 pp |
 * | cumulative count / amount    | actual < 90% of schedule | actual < 100%            | 100% ≤ actual < 110%      | actual ≥ 110%           |
 * | rank                         | rank worse than target   | —                        | rank at or better than target | —                   |
 *
 * For a growth rate the expected figure is the target rate itself, so with a target of 6%:
 * 6.0 → onSchedule, 5.99 → needsAttention, 5.0 → needsAttention, 4.99 → behind, 7.0 → ahead.
 *
 * `indicator.tolerances` replaces {attention, behind}: for rates in percentage points below the
 * expected figure (defaults 0 and 1), for cumulative figures as shares of the schedule (defaults
 * 1.0 and 0.9). The ahead margin is not overridable.
 *
 * 左右 (approx) and ranges, for figures compared with the target directly (growth rates, relative
 * targets' margins): inside the band (target ± band, edges included; default ±0.5 百分点 for a rate,
 * ±5% of the target otherwise) or the range (edges included) is onSchedule, and met at the deadline.
 * Past the better edge of a 左右 band is ahead, and met at the deadline (5%左右 reached at 5.8% is
 * done). Past the worse edge of a band, or past either edge of a range (保持在合理区间 is two-sided),
 * needsAttention, and behind more than 1 百分点 past it (the rate tolerances); missed at the deadline.
 * A strict comparator exactly at its value (保持正增长 at 0.0%, 高于全省 level with it) needsAttention.
 *
 * lowerIsBetter mirrors the table: for rates "below expected − 1 pp" becomes "above expected + 1 pp";
 * for cumulative figures a share s is read as 2 − s, so behind is above 110% of the schedule,
 * needsAttention above 100% and ahead at or below 90%.
 */
import type { Direction, Indicator, Threshold, Tolerances, Unit } from './model';

/** Rates: needsAttention below expected − 0 pp, behind below expected − 1 pp. */
export const defaultRateTolerances: Tolerances = { attention: 0, behind: 1 };
/** Rates: ahead at or above expected + 1 pp. */
export const rateAheadMarginPp = 1;

/** Cumulative figures: needsAttention below 100% of the schedule, behind below 90%. */
export const defaultCumulativeTolerances: Tolerances = { attention: 1, behind: 0.9 };
/** Cumulative figures: ahead at or above 110% of the schedule. */
export const cumulativeAheadShare = 1.1;

/** Two figures closer than this are equal: 6.1 − 1 and 5.1 must compare as the same number. */
export const comparisonEpsilon = 1e-9;
/** 1 / comparisonEpsilon, kept exact for rounding. */
const figuresPerUnit = 1e9;

/** A computed figure rounded to `comparisonEpsilon`, so 100 × 7 / 12 reads 58.333333333, not …336. */
export function roundFigure(value: number): number {
  const rounded = Math.round(value * figuresPerUnit) / figuresPerUnit;
  return rounded === 0 ? 0 : rounded; // never −0
}

/** The tolerances that apply to an indicator: its own override, else the defaults for its kind. */
export function tolerancesFor(indicator: Pick<Indicator, 'kind' | 'tolerances'>): Tolerances {
  if (indicator.tolerances) return indicator.tolerances;
  return indicator.kind === 'cumulativeCount' || indicator.kind === 'cumulativeAmount'
    ? defaultCumulativeTolerances
    : defaultRateTolerances;
}

/** −1, 0 or 1, treating figures within `comparisonEpsilon` of each other as equal. */
export function compareFigures(a: number, b: number): -1 | 0 | 1 {
  const difference = a - b;
  if (Math.abs(difference) <= comparisonEpsilon) return 0;
  return difference < 0 ? -1 : 1;
}

/** The half-width of a 左右 target when the plan sets none: ±0.5 百分点 for rates, ±5% of the target otherwise. */
export function defaultBand(unit: Unit, value: number): number {
  return unit === 'percent' ? 0.5 : Math.abs(value) * 0.05;
}

/**
 * Whether `actual` satisfies a threshold: 超过90% is gt 90, so 90.0 does not; 6%左右 holds within
 * ± its band (edges included); a range holds from `value` to `valueMax`, edges included.
 */
export function satisfies(
  actual: number,
  threshold: Pick<Threshold, 'comparator' | 'value' | 'valueMax' | 'band'>,
  unit: Unit,
): boolean {
  const { comparator, value } = threshold;
  const order = compareFigures(actual, value);
  switch (comparator) {
    case 'approx': {
      const band = threshold.band ?? defaultBand(unit, value);
      return compareFigures(Math.abs(actual - value), band) <= 0;
    }
    case 'range':
      return order >= 0 && compareFigures(actual, threshold.valueMax ?? value) <= 0;
    case 'gt':
      return order > 0;
    case 'gte':
      return order >= 0;
    case 'eq':
      return order === 0;
    case 'lte':
      return order <= 0;
    case 'lt':
      return order < 0;
  }
}

/** The edges of a 左右 band or a range, edges included; null for other comparators. */
export function bandEdges(
  threshold: Pick<Threshold, 'comparator' | 'value' | 'valueMax' | 'band'>,
  unit: Unit,
): { lower: number; upper: number } | null {
  if (threshold.comparator === 'approx') {
    const band = threshold.band ?? defaultBand(unit, threshold.value);
    return { lower: roundFigure(threshold.value - band), upper: roundFigure(threshold.value + band) };
  }
  if (threshold.comparator === 'range') {
    return { lower: threshold.value, upper: threshold.valueMax ?? threshold.value };
  }
  return null;
}

/**
 * The verdict at a deadline: `satisfies`, except that a 左右 target is also met past its better
 * edge (a floor of 5%左右 reached at 5.8%, a CPI of 2%左右 held at 0.2% when lower is better).
 */
export function meetsTarget(
  actual: number,
  threshold: Pick<Threshold, 'comparator' | 'value' | 'valueMax' | 'band'>,
  unit: Unit,
  direction: Direction,
): boolean {
  if (satisfies(actual, threshold, unit)) return true;
  if (threshold.comparator !== 'approx') return false;
  return compareFigures(advantage(actual, threshold.value, direction), 0) > 0;
}

/** How much better `actual` is than `reference` in the indicator's direction (negative when worse). */
export function advantage(actual: number, reference: number, direction: Direction): number {
  return direction === 'higherIsBetter' ? actual - reference : reference - actual;
}
