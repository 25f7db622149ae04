/**
 * The indicator over the plan year: the actual per period against the target and the schedule
 * (序时进度), the year-end projection dashed, dated thresholds as markers. The table below is the
 * accessible alternative, so the drawing itself is hidden from assistive technology.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EvaluationContext, Status } from '../../domain/evaluation';
import { formatPeriod, formatThreshold, formatValue } from '../../domain/format';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { periodOfDate } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorSlots } from './indicatorSlots';
import { chartColours, projectionDash } from '../../lib/chart/chartColours';
import { useDrawWhenSeen } from '../../lib/chart/useDrawWhenSeen';
import {
  chartPoints,
  scheduleDiffersFromTarget,
  type ProjectionSegment,
} from '../../lib/chart/indicatorSeries';
import { shortMonthName } from '../../lib/dateTimeFormat';

/** Tall enough for readable 14px ticks on a phone, short enough to keep the table in view. */
export const chartHeightPx = 320;
const tickStyle = { fontSize: 14, fill: chartColours.axis };
/** The legend reads actual, projection, target, schedule, whatever the language's alphabetical order. */
const legendOrder: readonly string[] = ['actual', 'projection', 'target', 'schedule'];

interface IndicatorChartProps {
  indicator: Indicator;
  records: readonly IndicatorValue[];
  projection: ProjectionSegment | null;
  context: EvaluationContext;
  /** The indicator's status at the as-of view, which the exported image carries in words. */
  status: Status;
}

export function IndicatorChart({ indicator, records, projection, context, status }: IndicatorChartProps) {
  const { t } = useTranslation(['indicator', 'common']);
  const { ChartExport } = useIndicatorSlots();
  const { locale, pick } = useLocalized();
  const points = chartPoints(indicator, records, projection, context);
  const monthTick = (period: string) => shortMonthName(period, locale);
  const valueText = (value: unknown) =>
    typeof value === 'number' ? formatValue(value, indicator, locale) : '';
  const lowerIsBetter = indicator.direction === 'lowerIsBetter';
  const showSchedule = scheduleDiffersFromTarget(points);
  const drawingRef = useRef<HTMLDivElement>(null);
  const drawState = useDrawWhenSeen(drawingRef);
  const caption = [
    t('chart.caption', { name: pick(indicator.name), unit: t(`common:units.${indicator.unit}`) }),
    showSchedule ? t('chart.captionSchedule') : null,
    projection ? t('chart.captionProjection') : null,
    t('chart.captionTable'),
  ];

  return (
    <section className="panel indicator-section" aria-labelledby="indicator-chart-heading">
      <div className="indicator-chart__bar">
        <h2 id="indicator-chart-heading" className="panel__title">
          {t('chart.heading')}
        </h2>
        <ChartExport
          indicator={indicator}
          asOfPeriod={context.asOfPeriod}
          showSchedule={showSchedule}
          showProjection={projection !== null}
          drawingRef={drawingRef}
          status={status}
          isDemo={records.some((record) => record.isDemo)}
        />
      </div>
      <figure className="indicator-chart" aria-labelledby="indicator-chart-caption">
        <div
          className="indicator-chart__drawing"
          aria-hidden="true"
          ref={drawingRef}
          style={{ minHeight: chartHeightPx }}
          data-chart={drawState}
        >
          {drawState === 'drawn' ? (
            <ResponsiveContainer width="100%" height={chartHeightPx}>
              <ComposedChart
                data={points}
                accessibilityLayer={false}
                aria-hidden="true"
                margin={{ top: 24, right: 56, bottom: 8, left: 8 }}
              >
                <CartesianGrid stroke={chartColours.grid} strokeDasharray="2 4" vertical={false} />
                <XAxis
                  dataKey="period"
                  tickFormatter={monthTick}
                  tick={tickStyle}
                  interval="preserveStartEnd"
                />
                <YAxis
                  tick={tickStyle}
                  width={56}
                  reversed={lowerIsBetter}
                  allowDecimals={indicator.unit !== 'rank' && indicator.unit !== 'count'}
                  domain={indicator.unit === 'rank' ? [1, 'dataMax + 1'] : [0, 'auto']}
                  tickFormatter={(value: number) =>
                    indicator.unit === 'percent' ? `${value}%` : String(value)
                  }
                />
                <Tooltip
                  formatter={(value) => valueText(value)}
                  labelFormatter={(period) =>
                    typeof period === 'string' ? formatPeriod(period, locale) : ''
                  }
                />
                <Legend
                  wrapperStyle={{ fontSize: 14 }}
                  itemSorter={(item) => legendOrder.indexOf(String(item.dataKey))}
                />
                <Line
                  dataKey="target"
                  name={t('chart.target')}
                  type="stepAfter"
                  stroke={chartColours.target}
                  strokeWidth={2}
                  dot={false}
                  legendType="plainline"
                  isAnimationActive={false}
                />
                {showSchedule ? (
                  <Line
                    dataKey="schedule"
                    name={t('chart.schedule')}
                    stroke={chartColours.schedule}
                    strokeWidth={1.5}
                    dot={false}
                    legendType="plainline"
                    isAnimationActive={false}
                  />
                ) : null}
                <Line
                  dataKey="actual"
                  name={t('chart.actual')}
                  stroke={chartColours.actual}
                  strokeWidth={3}
                  dot={{ r: 4, fill: chartColours.actual }}
                  connectNulls
                  legendType="plainline"
                  isAnimationActive={false}
                />
                {projection ? (
                  <Line
                    dataKey="projection"
                    name={t('chart.projection')}
                    stroke={chartColours.projection}
                    strokeWidth={2.5}
                    strokeDasharray={projectionDash}
                    dot={false}
                    connectNulls
                    legendType="plainline"
                    isAnimationActive={false}
                  />
                ) : null}
                {indicator.thresholds.map((threshold) => (
                  <ReferenceDot
                    key={threshold.deadline}
                    x={periodOfDate(threshold.deadline)}
                    y={threshold.value}
                    r={6}
                    fill="#ffffff"
                    stroke={chartColours.thresholdMarker}
                    strokeWidth={2}
                    label={{
                      value: formatThreshold(threshold, indicator, locale, { withDeadline: false }),
                      position: 'top',
                      fontSize: 14,
                      fill: chartColours.thresholdMarker,
                    }}
                  />
                ))}
              </ComposedChart>
            </ResponsiveContainer>
          ) : null}
        </div>
        <figcaption id="indicator-chart-caption" className="indicator-chart__caption">
          {caption.filter(Boolean).join(locale === 'zh-CN' ? '' : ' ')}
        </figcaption>
      </figure>
    </section>
  );
}
