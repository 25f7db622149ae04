/**
 * The indicator over the plan year: the actual per period against the target and the schedule
 * (序时进度), the year-end projection dashed, dated thresholds as markers. The table below is the
 * accessible alternative, so the drawing itself is hidden from assistive technology.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationContext, Status } from '../../domain/evaluation';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useIndicatorSlots } from './indicatorSlots';
import { useDrawWhenSeen } from '../../lib/chart/useDrawWhenSeen';
import {
  chartPoints,
  scheduleDiffersFromTarget,
  type ProjectionSegment,
} from '../../lib/chart/indicatorSeries';
import { lazyChartDrawing } from '../../components/lazyChartDrawing';
import { chartHeightPx } from './chartHeight';

/** The drawing and recharts with it are fetched once the chart reaches the screen. */
const IndicatorChartDrawing = lazyChartDrawing(() => import('./IndicatorChartDrawing'));

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
          ref={drawingRef}
          style={{ minHeight: chartHeightPx }}
          data-chart={drawState}
        >
          {drawState === 'drawn' ? (
            <IndicatorChartDrawing
              indicator={indicator}
              points={points}
              showSchedule={showSchedule}
              showProjection={projection !== null}
            />
          ) : null}
        </div>
        <figcaption id="indicator-chart-caption" className="indicator-chart__caption">
          {caption.filter(Boolean).join(locale === 'zh-CN' ? '' : ' ')}
        </figcaption>
      </figure>
    </section>
  );
}
