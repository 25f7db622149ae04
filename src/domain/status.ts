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
 * - A year-end threshold (due in December) is judged only on the year-end figure: December's for a
 *   monthly rhythm, Q4's (period YYYY-12) for a quarterly one, the annual figure (YYYY-12) for a
 *   yearly one. Until it exists the status is awaitingYearEnd (待年终数据), never a verdict from an
 *   earlier figure.
 * - 左右 (approx) and ranges: inside the band or range is on target, edges included. Outside an
 *   approx band on the better side is ahead (and met at the deadline); outside on the worse side,
 *   or outside a range on either side, the distance past the edge decides needsAttention or behind
 *   by the rate tolerances.
 * - A relative target (`indicator.reference`) is judged on figure − yardstick at the same period,
 *   against the threshold as a margin (高于全省 gt 0, 高于全省1个百分点 gte 1, 与经济增长同步 approx 0).
 *   A referenced indicator is read from its own figures known at the as-of view. With no yardstick
 *   figure for the period the status is awaitingReference (待全省数据), never a made-up verdict.
 * - The indicator's status is that of the threshold in force (`thresholdInForce`); before any
 *   figure and with that threshold not yet due, notReported.
 * - A milestone is met as soon as it is done, even before its deadline; not done and not due it is
 *   onSchedule unless a planned path expects it done by then (behind).
 * - A qualitative indicator shows the latest judgement as judged, never computed.
 * - A numeric indicator without any threshold or planned path is shown, not judged: onSchedule.
 */
import type {
  Direction,
  Indicator,
  IndicatorValue,
  Judgement,
  Period,
  Threshold,
  Frequency,
  Unit,
} from './model';
import type { Evaluation, EvaluationContext, Gap, Light, Status, TargetPosition } from './evaluation';
import { latestAtOrBefore, observationsOf, recordsKnownAt, type Observation } from './asOf';
import { forecastYearEnd } from './forecast';
import { comparePeriods, monthsBetween, periodOf, periodOfDate } from './period';
import { isYearEndThreshold, missingPeriods } from './planYear';
import { expectedValue, isDue, sortedThresholds, thresholdInForce } from './schedule';
import {
  advantage,
  bandEdges,
  compareFigures,
  cumulativeAheadShare,
  meetsTarget,
  rateAheadMarginPp,
  roundFigure,
  tolerancesFor,
} from './tolerances';
import { yardstickOf, type Yardstick } from './references';

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
    case 'awaitingYearEnd':
    case 'awaitingReference':
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

/**
 * A figure against a 左右 band or a range, before its deadline: inside (edges included) onSchedule;
 * past the better edge of a band ahead; otherwise the distance past the edge against the rate
 * tolerances (more than `attention` needsAttention, more than `behind` behind).
 */
function bandStatus(
  actual: number,
  threshold: Threshold,
  unit: Unit,
  direction: Direction,
  attention: number,
  behind: number,
): Status {
  const position = bandPosition(actual, threshold, unit);
  if (!position || position.kind === 'inBand') return 'onSchedule';
  const pastBetterEdge =
    direction === 'higherIsBetter' ? position.kind === 'aboveUpper' : position.kind === 'belowLower';
  if (threshold.comparator === 'approx' && pastBetterEdge) return 'ahead';
  if (compareFigures(position.by, behind) > 0) return 'behind';
  if (compareFigures(position.by, attention) > 0) return 'needsAttention';
  return 'onSchedule';
}

/** Where a figure lies against a 左右 band or a range; null for other comparators. */
export function bandPosition(
  actual: number,
  threshold: Threshold,
  unit: Unit,
): Extract<TargetPosition, { kind: 'inBand' | 'aboveUpper' | 'belowLower' }> | null {
  const edges = bandEdges(threshold, unit);
  if (!edges) return null;
  if (compareFigures(actual, edges.lower) < 0)
    return { kind: 'belowLower', by: roundFigure(edges.lower - actual) };
  if (compareFigures(actual, edges.upper) > 0)
    return { kind: 'aboveUpper', by: roundFigure(actual - edges.upper) };
  return { kind: 'inBand' };
}

/**
 * A figure against a threshold it is compared with directly (a growth rate against its target, a
 * relative target's margin over its yardstick): bands and ranges by `bandStatus`; a strict
 * comparator (保持正增长, 高于全省) exactly at its value needs attention, since it is not met;
 * otherwise by the rate tolerances.
 */
function directStatus(actual: number, threshold: Threshold, indicator: Indicator): Status {
  const { attention, behind } = tolerancesFor(indicator);
  if (threshold.comparator === 'approx' || threshold.comparator === 'range') {
    return bandStatus(actual, threshold, indicator.unit, indicator.direction, attention, behind);
  }
  const strict = threshold.comparator === 'gt' || threshold.comparator === 'lt';
  if (strict && compareFigures(actual, threshold.value) === 0) return 'needsAttention';
  return rateStatus(actual, threshold.value, indicator.direction, attention, behind);
}

/**
 * The status of a figure against where it should stand, before any deadline decides it. A growth
 * rate is compared with the threshold in force (`threshold`) when one is given.
 */
export function runningStatus(
  indicator: Indicator,
  actual: number,
  expected: number | null,
  threshold: Threshold | null = null,
): Status {
  if (indicator.kind === 'milestone') {
    if (compareFigures(actual, 1) >= 0) return 'met';
    return expected !== null && compareFigures(expected, 1) >= 0 ? 'behind' : 'onSchedule';
  }
  if (expected === null) return 'onSchedule';
  const { attention, behind } = tolerancesFor(indicator);
  switch (indicator.kind) {
    case 'growthRate':
      return threshold && indicator.plannedPath === null
        ? directStatus(actual, threshold, indicator)
        : rateStatus(actual, expected, indicator.direction, attention, behind);
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

/**
 * The figure a due threshold is judged on: for a year-end threshold only the year-end figure
 * (`yearEndFigure`), otherwise the latest at or before the deadline's month. null with none.
 */
function figureForVerdict(
  indicator: Indicator,
  threshold: Threshold,
  observations: readonly Observation[],
): { figure: Observation | null; yearEnd: boolean } {
  const deadlinePeriod = periodOfDate(threshold.deadline);
  if (isYearEndThreshold(indicator, threshold)) {
    return { figure: observations.find((o) => o.period === deadlinePeriod) ?? null, yearEnd: true };
  }
  return { figure: latestAtOrBefore(observations, deadlinePeriod), yearEnd: false };
}

/** met or missed at a deadline; awaitingYearEnd while a year-end threshold lacks its year-end figure. */
function verdict(indicator: Indicator, threshold: Threshold, observations: readonly Observation[]): Status {
  const { figure, yearEnd } = figureForVerdict(indicator, threshold, observations);
  if (!figure) return yearEnd ? 'awaitingYearEnd' : 'missed';
  return meetsTarget(figure.value, threshold, indicator.unit, indicator.direction) ? 'met' : 'missed';
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
    position: null,
    missingPeriods: missingPeriods(indicator.frequency, records, context),
  };
}

/**
 * A relative target: the figure minus its yardstick at the same period, judged against the
 * threshold as a margin. No yardstick figure for that period: awaitingReference.
 */
function evaluateRelative(
  indicator: Indicator,
  records: readonly IndicatorValue[],
  yardstick: Yardstick,
  context: EvaluationContext,
): Evaluation {
  const observations = observationsOf(records);
  const latest = observations.at(-1) ?? null;
  const differenceAt = (figure: Observation): number | null => {
    const reference = yardstick.points.find((p) => p.period === figure.period)?.value;
    return reference === undefined ? null : roundFigure(figure.value - reference);
  };
  const inForce = thresholdInForce(indicator.thresholds, context.asOfPeriod);
  const latestDifference = latest ? differenceAt(latest) : null;

  let running: Status = 'notReported';
  if (latest) {
    if (latestDifference === null) running = 'awaitingReference';
    else running = inForce ? directStatus(latestDifference, inForce, indicator) : 'onSchedule';
  }
  const statusOf = (threshold: Threshold): Status => {
    if (!isDue(threshold, context.asOfPeriod)) return running;
    const { figure, yearEnd } = figureForVerdict(indicator, threshold, observations);
    if (!figure) return yearEnd ? 'awaitingYearEnd' : 'missed';
    const difference = differenceAt(figure);
    if (difference === null) return 'awaitingReference';
    return meetsTarget(difference, threshold, indicator.unit, indicator.direction) ? 'met' : 'missed';
  };
  const status = inForce ? statusOf(inForce) : running;

  const reference =
    latestDifference === null || !latest ? null : roundFigure(latest.value - latestDifference);
  const expected = reference === null || !inForce ? null : roundFigure(reference + inForce.value);
  let position: TargetPosition | null = null;
  if (latest) {
    position =
      latestDifference === null
        ? {
            kind: 'awaitingReference',
            reference: yardstick.kind,
            label: yardstick.label,
            period: latest.period,
          }
        : {
            kind: 'relative',
            reference: yardstick.kind,
            label: yardstick.label,
            period: latest.period,
            yardstickValue: reference ?? roundFigure(latest.value - latestDifference),
            difference: latestDifference,
            inStep:
              inForce?.comparator === 'approx' &&
              bandPosition(latestDifference, inForce, indicator.unit)?.kind === 'inBand',
          };
  }

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
    forecast: null,
    position,
    missingPeriods: missingPeriods(indicator.frequency, records, context),
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
  const yardstick = yardstickOf(indicator, context);
  if (yardstick) return evaluateRelative(indicator, records, yardstick, context);

  const observations = observationsOf(records);
  const latest = observations.at(-1) ?? null;
  const expectedRaw = expectedValue(
    indicator,
    latest?.period ?? withinYear(context.asOfPeriod, context.year),
  );
  const expected = expectedRaw === null ? null : roundFigure(expectedRaw);
  const inForce = thresholdInForce(indicator.thresholds, context.asOfPeriod);
  const running: Status = latest ? runningStatus(indicator, latest.value, expected, inForce) : 'notReported';
  const statusOf = (threshold: Threshold): Status =>
    isDue(threshold, context.asOfPeriod) ? verdict(indicator, threshold, observations) : running;
  const status = inForce ? statusOf(inForce) : running;
  // A band says where the figure lies only where the figure is compared with it directly: a growth
  // rate, or any figure once the threshold is due (a cumulative figure in May is not "below 70万吨").
  const comparedDirectly = inForce && (indicator.kind === 'growthRate' || isDue(inForce, context.asOfPeriod));

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
    position:
      latest && inForce && comparedDirectly ? bandPosition(latest.value, inForce, indicator.unit) : null,
    missingPeriods: missingPeriods(indicator.frequency, records, context),
  };
}
