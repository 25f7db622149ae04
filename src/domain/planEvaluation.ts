/**
 * Evaluates every indicator of a plan at one as-of period. Figures are grouped by indicator once,
 * so a plan with a thousand indicators costs one pass over its figures, not one per indicator.
 * Relative targets read their yardsticks from the same figures (another indicator of the plan)
 * or from the plan's benchmark series.
 */
import type { Evaluation, EvaluationContext } from './evaluation';
import type { BenchmarkSeries, Indicator, IndicatorValue, Period } from './model';
import { referencesOf } from './references';
import { evaluateIndicator } from './status';

export type Evaluations = ReadonlyMap<string, Evaluation>;

export function valuesByIndicator(values: readonly IndicatorValue[]): Map<string, IndicatorValue[]> {
  const grouped = new Map<string, IndicatorValue[]>();
  for (const value of values) {
    const list = grouped.get(value.indicatorId);
    if (list) list.push(value);
    else grouped.set(value.indicatorId, [value]);
  }
  return grouped;
}

/** The context in which a plan's indicators are judged: its year, the as-of month and its yardsticks. */
export function planContext(
  year: number,
  asOfPeriod: Period,
  indicators: readonly Indicator[],
  grouped: ReadonlyMap<string, readonly IndicatorValue[]>,
  benchmarkSeries: readonly BenchmarkSeries[] = [],
): EvaluationContext {
  return { year, asOfPeriod, references: referencesOf(indicators, grouped, benchmarkSeries) };
}

/** Every indicator's evaluation by id. `context.references` is filled from these figures and `benchmarkSeries`. */
export function evaluatePlan(
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  context: EvaluationContext,
  benchmarkSeries: readonly BenchmarkSeries[] = [],
): Map<string, Evaluation> {
  const grouped = valuesByIndicator(values);
  const withReferences = planContext(context.year, context.asOfPeriod, indicators, grouped, benchmarkSeries);
  return new Map(
    indicators.map((indicator) => [
      indicator.id,
      evaluateIndicator(indicator, grouped.get(indicator.id) ?? [], withReferences),
    ]),
  );
}
