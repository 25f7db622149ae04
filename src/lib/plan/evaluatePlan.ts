/**
 * Evaluates every indicator of a plan at one as-of period. Figures are grouped by indicator once,
 * so a plan with a thousand indicators costs one pass over its figures, not one per indicator.
 */
import type { Evaluation, EvaluationContext } from '../../domain/evaluation';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';

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

export function evaluatePlan(
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  context: EvaluationContext,
): Map<string, Evaluation> {
  const grouped = valuesByIndicator(values);
  return new Map(
    indicators.map((indicator) => [
      indicator.id,
      evaluateIndicator(indicator, grouped.get(indicator.id) ?? [], context),
    ]),
  );
}
