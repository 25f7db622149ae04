/**
 * The drawing of the indicator chart (recharts), loaded only when the chart reaches the screen:
 * see IndicatorChart.tsx, which holds the panel, its caption and the box this is drawn in.
 */
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
import { formatPeriod, formatThreshold, formatValue } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { periodOfDate } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { chartColours, projectionDash } from '../../lib/chart/chartColours';
import type { ChartPoint } from '../../lib/chart/indicatorSeries';
import { shortMonthName } from '../../lib/dateTimeFormat';
import { chartHeightPx } from './chartHeight';

const tickStyle = { fontSize: 14, fill: chartColours.axis };
/** The legend reads actual, projection, target, schedule, whatever the language's alphabetical order. */
const legendOrder: readonly string[] = ['actual', 'projection', 'target', 'schedule'];

interface IndicatorChartDrawingProps {
  indicator: Indicator;
  points: readonly ChartPoint[];
  showSchedule: boolean;
  showProjection: boolean;
}

export default function IndicatorChartDrawing({
  indicator,
  points,
  showSchedule,
  showProjection,
}: IndicatorChartDrawingProps) {
  const { t } = useTranslation('indicator');
  const { locale } = useLocalized();
  const monthTick = (period: string) => shortMonthName(period, locale);
  const valueText = (value: unknown) =>
    typeof value === 'number' ? formatValue(value, indicator, locale) : '';
  const lowerIsBetter = indicator.direction === 'lowerIsBetter';
  // The table below the chart is its accessible alternative.
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={chartHeightPx}>
        <ComposedChart
          data={points}
          accessibilityLayer={false}
          aria-hidden="true"
          margin={{ top: 24, right: 56, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={chartColours.grid} strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="period" tickFormatter={monthTick} tick={tickStyle} interval="preserveStartEnd" />
          <YAxis
            tick={tickStyle}
            width={56}
            reversed={lowerIsBetter}
            allowDecimals={indicator.unit !== 'rank' && indicator.unit !== 'count'}
            domain={indicator.unit === 'rank' ? [1, 'dataMax + 1'] : [0, 'auto']}
            tickFormatter={(value: number) => (indicator.unit === 'percent' ? `${value}%` : String(value))}
          />
          <Tooltip
            formatter={(value) => valueText(value)}
            labelFormatter={(period) => (typeof period === 'string' ? formatPeriod(period, locale) : '')}
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
          {showProjection ? (
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
    </div>
  );
}
