/** The points a slide chart draws and the legend that names its lines. */
import type { EvaluationContext } from '../../domain/evaluation';
import type { Indicator, IndicatorValue } from '../../domain/model';
import {
  chartPoints,
  scheduleDiffersFromTarget,
  type ChartPoint,
  type ProjectionSegment,
} from '../../lib/chart/indicatorSeries';
import { useChartLegend, type LegendItem } from './useChartLegend';

export interface SlideSeries {
  points: ChartPoint[];
  showSchedule: boolean;
  showProjection: boolean;
  legend: LegendItem[];
}

export function useSlideSeries(
  indicator: Indicator,
  records: readonly IndicatorValue[],
  projection: ProjectionSegment | null,
  context: EvaluationContext,
): SlideSeries {
  const points = chartPoints(indicator, records, projection, context);
  const showSchedule = scheduleDiffersFromTarget(points);
  const legend = useChartLegend(showSchedule, projection !== null);
  return { points, showSchedule, showProjection: projection !== null, legend };
}
