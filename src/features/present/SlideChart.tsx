/**
 * An indicator's year on a projector: actual against target and schedule (序时进度), the year-end
 * projection dashed, dated thresholds marked; tick labels of at least 20 px at 1920×1080. The
 * legend is drawn in HTML above it (and onto an exported image) and the figures are said in words
 * on the slide, so the drawing itself is hidden from assistive technology.
 */
import type { RefObject } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatThreshold } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { periodOfDate } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { axisTick } from './chartUnit';
import { slideChartColours, slideProjectionDash } from './slideChartStyle';
import type { SlideSeries } from './useSlideSeries';
import { shortMonthName } from '../../lib/dateTimeFormat';

interface SlideChartProps {
  indicator: Indicator;
  series: SlideSeries;
  /** Tick and label size in px. */
  fontPx: number;
  /** A fixed size (for printing); otherwise the chart fills its box. */
  size?: { width: number; height: number };
  /** The element holding the drawing, for exporting it as an image. */
  drawingRef?: RefObject<HTMLDivElement | null>;
}

export function SlideChart({ indicator, series, fontPx, size, drawingRef }: SlideChartProps) {
  const { locale } = useLocalized();
  const { points, showSchedule, showProjection } = series;
  const monthTick = (period: string) => shortMonthName(period, locale);
  const tick = { fontSize: fontPx, fill: slideChartColours.axis };
  const chart = (
    <ComposedChart
      data={points}
      accessibilityLayer={false}
      width={size?.width}
      height={size?.height}
      margin={{ top: fontPx * 2, right: fontPx * 3, bottom: fontPx / 2, left: fontPx / 2 }}
    >
      <CartesianGrid stroke={slideChartColours.grid} strokeDasharray="3 6" vertical={false} />
      <XAxis
        dataKey="period"
        tickFormatter={monthTick}
        tick={tick}
        tickMargin={fontPx / 2}
        interval={0}
        stroke={slideChartColours.axis}
      />
      <YAxis
        tick={tick}
        width={fontPx * 4.5}
        stroke={slideChartColours.axis}
        reversed={indicator.direction === 'lowerIsBetter'}
        allowDecimals={indicator.unit !== 'rank' && indicator.unit !== 'count'}
        domain={indicator.unit === 'rank' ? [1, 'dataMax + 1'] : [0, 'auto']}
        tickFormatter={(value: number) => axisTick(value, indicator.unit, locale)}
      />
      <Line
        dataKey="target"
        type="stepAfter"
        stroke={slideChartColours.target}
        strokeWidth={3}
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
      {showSchedule ? (
        <Line
          dataKey="schedule"
          stroke={slideChartColours.schedule}
          strokeWidth={3}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        dataKey="actual"
        stroke={slideChartColours.actual}
        strokeWidth={5}
        dot={{ r: 7, fill: slideChartColours.actual }}
        connectNulls
        activeDot={false}
        isAnimationActive={false}
      />
      {showProjection ? (
        <Line
          dataKey="projection"
          stroke={slideChartColours.projection}
          strokeWidth={4}
          strokeDasharray={slideProjectionDash}
          dot={false}
          connectNulls
          activeDot={false}
          isAnimationActive={false}
        />
      ) : null}
      {indicator.thresholds.map((threshold) => (
        <ReferenceDot
          key={threshold.deadline}
          x={periodOfDate(threshold.deadline)}
          y={threshold.value}
          r={9}
          fill="#ffffff"
          stroke={slideChartColours.thresholdMarker}
          strokeWidth={3}
          label={{
            value: formatThreshold(threshold, indicator, locale, { withDeadline: false }),
            position: 'top',
            offset: fontPx / 2,
            fontSize: fontPx,
            fontWeight: 700,
            fill: slideChartColours.thresholdMarker,
          }}
        />
      ))}
    </ComposedChart>
  );

  return (
    <div className="slide-chart" ref={drawingRef} aria-hidden="true">
      {size ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
