/**
 * An indicator's chart on a slide, with its legend and the 导出图片 button that saves it as a PNG
 * with its title, as-of date, legend and source drawn in.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recordsKnownAt } from '../../domain/asOf';
import type { Evaluation } from '../../domain/evaluation';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { projectionSegment } from '../../lib/chart/indicatorSeries';
import { ChartLegend } from './ChartLegend';
import { ExportPngButton } from './ExportPngButton';
import { SlideChart } from './SlideChart';
import type { SlideData, SlideLayout } from './slideData';
import { useChartTexts } from './useChartTexts';
import { useSlideSeries } from './useSlideSeries';

interface SlideChartPanelProps {
  data: SlideData;
  layout: SlideLayout;
  indicator: Indicator;
  evaluation: Evaluation;
  /** The exported image's title; the indicator's name when left out. */
  imageTitle?: string;
  /** Shown above the chart, e.g. the indicator's name on an action slide. */
  heading?: string;
}

export function SlideChartPanel({
  data,
  layout,
  indicator,
  evaluation,
  imageTitle,
  heading,
}: SlideChartPanelProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const drawingRef = useRef<HTMLDivElement>(null);
  const { context, tree } = data;
  const records = recordsKnownAt(indicator.id, tree.values, context);
  const series = useSlideSeries(indicator, records, projectionSegment(evaluation, context.year), context);
  const name = pick(indicator.name);
  const texts = useChartTexts(indicator, context.asOfPeriod);

  return (
    <section className="slide-chart-panel" aria-label={t('chart.label', { name })}>
      <div className="slide-chart-panel__bar">
        {heading ? <h2 className="slide-chart-panel__heading">{heading}</h2> : null}
        <ChartLegend items={series.legend} />
        {texts.unit ? <p className="slide-chart-panel__unit">{texts.unit}</p> : null}
        {layout.printing ? null : (
          <ExportPngButton
            drawingRef={drawingRef}
            image={{
              title: imageTitle ?? name,
              asOf: texts.subtitle,
              source: texts.source,
              legend: series.legend,
              status: tc(`status.${evaluation.status}`),
              demoMark: records.some((record) => record.isDemo) ? tc('demo.badge') : null,
            }}
            fileName={t('export.fileName', { name, period: context.asOfPeriod })}
            className="present-button"
          />
        )}
      </div>
      <SlideChart
        indicator={indicator}
        series={series}
        fontPx={layout.chartFontPx}
        size={layout.chartSize}
        drawingRef={drawingRef}
      />
    </section>
  );
}
