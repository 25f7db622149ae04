/**
 * The status engine: where one indicator stands against its schedule (序时进度) at the end of
 * the as-of period.
 *
 * - The actual is the latest figure at or before the as-of period, inside the plan year.
 * - The expected figure is the schedule at the actual's period (`schedule.ts`); with no figure
 *   yet, at the as-of period, so a screen can still say where it should be.
 * - Each threshold whose deadline has come at the end of the as-of period gets a verdict, met or
 *   missed, judged by its comparator against the latest figure at or before the deadline's month.
 *   A due threshold with no figure by its deadline's month is missed: nothing shows it was met.
 *   A threshold not yet due carries the running status against the schedule (`tolerances.ts`).
 * - The indicator's status is that of the threshold in force (`thresholdInForce`); before any
 *   figure and with that threshold not yet due, notReported.
 * - A milestone is met as soon as it is done, even before its deadline; not done and not due it is
 *   onSchedule unless a planned path expects it done by then (behind).
 * - A qualitative indicator shows the latest judgement as judged, never computed.
 * - A numeric indicator without any threshold or planned path is shown, not judged: onSchedule.
 */
import type { Direction, Indicator, IndicatorValue, Judgement, Period, Threshold, Frequency } from './model';
import type { Evaluation, EvaluationContext, Gap, Light, Status } from './evaluation';
import { latestAtOrBefore, observationsOf, recordsKnownAt, type Observation } from './asOf';
import { forecastYearEnd } from './forecast';
import { comparePeriods, monthsBetween, periodOf, periodOfDate } from './period';
import { expectedValue, isDue, sortedThresholds, thresholdInForce } from './schedule';
import {
  advantage,
  compareFigures,
  cumulativeAheadShare,
  rateAheadMarginPp,
  roundFigure,
  satisfies,
  tolerancesFor,
} from './tolerances';

/** 红黄绿灯: green for ahead, on schedule and met; amber for needs attention; red for behind and missed. */
export function lightOf(status: Status): Light {
  switch (status) {
    case 'ahead':
    case 'onSchedule':
    case 'met':
      return 'green';
    case 'needsAttention':
      return 'amber';
    case 'behind':
    case 'missed':
      return 'red';
    case 'notReported':
      return 'grey';
  }
}

const statusOfJudgement: Record<Judgement, Status> = {
  onTrack: 'onSchedule',
  needsAttention: 'needsAttention',
  behind: 'behind',
};

/**
 * Whether the latest figure is older than its reporting frequency allows at the as-of period:
 * monthly figures lag at most 1 month (March's view may stand on February's figure, not January's),
 * quarterly figures at most 3 months (June's view may stand on March's figure, July's may not);
 * yearly and one-off figures are never stale.
 */
export function isStale(frequency: Frequency, actualPeriod: Period, asOfPeriod: Period): boolean {
  const lag = monthsBetween(actualPeriod, asOfPeriod);
  switch (frequency) {
    case 'monthly':
      return lag > 1;
    case 'quarterly':
      return lag > 3;
    case 'yearly':
    case 'once':
      return false;
  }
}

function rateStatus(
  actual: number,
  expected: number,
  direction: Direction,
  attention: number,
  behind: number,
): Status {
  const lead = advantage(actual, expected, direction);
  if (compareFigures(lead, -behind) < 0) return 'behind';
  if (compareFigures(lead, -attention) < 0) return 'needsAttention';
  if (compareFigures(lead, rateAheadMarginPp) >= 0) return 'ahead';
  return 'onSchedule';
}

function cumulativeStatus(
  actual: number,
  expected: number,
  direction: Direction,
  attention: number,
  behind: number,
): Status {
  if (compareFigures(expected, 0) === 0) {
    const lead = compareFigures(advantage(actual, 0, direction), 0);
    return lead > 0 ? 'ahead' : lead < 0 ? 'behind' : 'onSchedule';
  }
  const share = actual / expected;
  const shareInDirection = direction === 'higherIsBetter' ? share : 2 - share;
  if (compareFigures(shareInDirection, behind) < 0) return 'behind';
  if (compareFigures(shareInDirection, attention) < 0) return 'needsAttention';
  if (compareFigures(shareInDirection, cumulativeAheadShare) >= 0) return 'ahead';
  return 'onSchedule';
}

/** The status of a figure against where it should stand, before any deadline decides it. */
export function runningStatus(indicator: Indicator, actual: number, expected: number | null): Status {
  if (indicator.kind === 'milestone') {
    if (compareFigures(actual, 1) >= 0) return 'met';
    return expected !== null && compareFigures(expected, 1) >= 0 ? 'behind' : 'onSchedule';
  }
  if (expected === null) return 'onSchedule';
  const { attention, behind } = tolerancesFor(indicator);
  switch (indicator.kind) {
    case 'growthRate':
    case 'deadlineRate':
      return rateStatus(actual, expected, indicator.direction, attention, behind);
    case 'cumulativeCount':
    case 'cumulativeAmount':
      return cumulativeStatus(actual, expected, indicator.direction, attention, behind);
    case 'rank':
      return compareFigures(advantage(actual, expected, indicator.direction), 0) >= 0
        ? 'onSchedule'
        : 'behind';
    case 'qualitative':
      return 'notReported'; // judged, never computed: evaluateIndicator reads the judgement instead
  }
}

/** met or missed: the comparator against the latest figure at or before the deadline's month. */
function verdict(indicator: Indicator, threshold: Threshold, observations: readonly Observation[]): Status {
  const atDeadline = latestAtOrBefore(observations, periodOfDate(threshold.deadline));
  return atDeadline && satisfies(atDeadline.value, threshold, indicator.unit) ? 'met' : 'missed';
}

function gapOf(indicator: Indicator, actual: number | null, expected: number | null): Gap | null {
  if (actual === null || expected === null || indicator.kind === 'milestone') return null;
  const absolute = roundFigure(actual - expected);
  if (indicator.unit === 'percent') return { absolute, relative: null, inPercentagePoints: true };
  const relative =
    indicator.kind === 'rank' || compareFigures(expected, 0) === 0
      ? null
      : roundFigure(actual / expected - 1);
  return { absolute, relative, inPercentagePoints: false };
}

/** The as-of period held inside the plan year, for a schedule read before any figure exists. */
function withinYear(period: Period, year: number): Period {
  if (comparePeriods(period, periodOf(year, 1)) < 0) return periodOf(year, 1);
  if (comparePeriods(period, periodOf(year, 12)) > 0) return periodOf(year, 12);
  return period;
}

function evaluateJudged(
  indicator: Indicator,
  records: readonly IndicatorValue[],
  context: EvaluationContext,
): Evaluation {
  const latest = records.findLast((r) => r.judgement !== null) ?? null;
  const judgement = latest?.judgement ?? null;
  const status = judgement ? statusOfJudgement[judgement] : 'notReported';
  return {
    indicatorId: indicator.id,
    status,
    light: lightOf(status),
    judged: true,
    judgement,
    actual: latest?.value ?? null,
    actualPeriod: latest?.period ?? null,
    expected: null,
    threshold: null,
    thresholds: [],
    gap: null,
    stale: latest ? isStale(indicator.frequency, latest.period, context.asOfPeriod) : false,
    forecast: null,
  };
}

/** Where one indicator stands at the end of `context.asOfPeriod`, from any of its values. */
export function evaluateIndicator(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  context: EvaluationContext,
): Evaluation {
  const records = recordsKnownAt(indicator.id, values, context);
  if (indicator.kind === 'qualitative') return evaluateJudged(indicator, records, context);

  const observations = observationsOf(records);
  const latest = observations.at(-1) ?? null;
  const expectedRaw = expectedValue(
    indicator,
    latest?.period ?? withinYear(context.asOfPeriod, context.year),
  );
  const expected = expectedRaw === null ? null : roundFigure(expectedRaw);
  const running: Status = latest ? runningStatus(indicator, latest.value, expected) : 'notReported';
  const statusOf = (threshold: Threshold): Status =>
    isDue(threshold, context.asOfPeriod) ? verdict(indicator, threshold, observations) : running;
  const inForce = thresholdInForce(indicator.thresholds, context.asOfPeriod);
  const status = inForce ? statusOf(inForce) : running;

  return {
    indicatorId: indicator.id,
    status,
    light: lightOf(status),
    judged: false,
    judgement: null,
    actual: latest?.value ?? null,
    actualPeriod: latest?.period ?? null,
    expected,
    threshold: inForce,
    thresholds: sortedThresholds(indicator.thresholds).map((threshold) => ({
      threshold,
      status: statusOf(threshold),
    })),
    gap: gapOf(indicator, latest?.value ?? null, expected),
    stale: latest ? isStale(indicator.frequency, latest.period, context.asOfPeriod) : false,
    forecast: forecastYearEnd(indicator, observations),
  };
}
