/**
 * 导出图片 for the indicator page's chart: the same PNG as on a slide (title, as-of date, legend
 * and source drawn in), for a chart the indicator page draws itself.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../domain/evaluation';
import type { Indicator, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { ExportPngButton } from './ExportPngButton';
import { useChartLegend } from './useChartLegend';
import { useChartTexts } from './useChartTexts';
import './indicatorChartExport.css';

interface IndicatorChartExportProps {
  indicator: Indicator;
  asOfPeriod: Period;
  showSchedule: boolean;
  showProjection: boolean;
  /** The element around the chart's SVG. */
  drawingRef: RefObject<HTMLElement | null>;
  status: Status;
  isDemo: boolean;
}

export function IndicatorChartExport({
  indicator,
  asOfPeriod,
  showSchedule,
  showProjection,
  drawingRef,
  status,
  isDemo,
}: IndicatorChartExportProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const legend = useChartLegend(showSchedule, showProjection);
  const name = pick(indicator.name);
  const texts = useChartTexts(indicator, asOfPeriod);
  return (
    <ExportPngButton
      drawingRef={drawingRef}
      image={{
        title: name,
        asOf: texts.subtitle,
        source: texts.source,
        legend,
        status: tc(`status.${status}`),
        demoMark: isDemo ? tc('demo.badge') : null,
      }}
      fileName={t('export.fileName', { name, period: asOfPeriod })}
      className="button button--small"
    />
  );
}
