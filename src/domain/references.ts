/**
 * The yardsticks of relative targets: a benchmark series an admin enters month by month (全省), or
 * another indicator of the same plan (与经济增长同步), read from its own figures known at the view.
 */
import type { BenchmarkSeries, Bilingual, Indicator, IndicatorValue } from './model';
import type { EvaluationContext, ReferenceKind, References } from './evaluation';
import { observationsOf, recordsKnownAt, type Observation } from './asOf';

/** A yardstick as the engine reads it: its kind, its name and its figures by period. */
export interface Yardstick {
  kind: ReferenceKind;
  label: Bilingual;
  points: readonly Observation[];
}

/** The name a yardstick goes by when the plan no longer holds it: the word stays honest (待对标数据). */
const unknownYardstick: Bilingual = { zh: '对标', en: 'benchmark' };

/**
 * What relative targets of a plan need, from its indicators, all their figures and its benchmark
 * series. Retired series still count: their figures are history.
 */
export function referencesOf(
  indicators: readonly Indicator[],
  valuesByIndicator: ReadonlyMap<string, readonly IndicatorValue[]>,
  benchmarkSeries: readonly BenchmarkSeries[] = [],
): References {
  return {
    benchmarks: new Map(
      benchmarkSeries.map((series) => [series.id, { label: series.name, points: series.points }]),
    ),
    indicators: new Map(
      indicators.map((indicator) => [
        indicator.id,
        { indicator, values: valuesByIndicator.get(indicator.id) ?? [] },
      ]),
    ),
  };
}

/**
 * The yardstick of an indicator's relative target, or null when it has none. A yardstick the
 * context does not hold has no figures, so the target awaits it rather than being judged.
 */
export function yardstickOf(
  indicator: Pick<Indicator, 'reference'>,
  context: EvaluationContext,
): Yardstick | null {
  const reference = indicator.reference;
  if (!reference) return null;
  if (reference.kind === 'benchmark') {
    const series = context.references?.benchmarks.get(reference.seriesId);
    return { kind: 'benchmark', label: series?.label ?? unknownYardstick, points: series?.points ?? [] };
  }
  const other = context.references?.indicators.get(reference.indicatorId);
  if (!other) return { kind: 'indicator', label: unknownYardstick, points: [] };
  const records = recordsKnownAt(other.indicator.id, other.values, context);
  return { kind: 'indicator', label: other.indicator.name, points: observationsOf(records) };
}
