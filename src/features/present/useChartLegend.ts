/** The series a slide chart draws, in the legend's order: actual, projection, target, schedule. */
import { useTranslation } from 'react-i18next';
import { slideChartColours, slideProjectionDash } from './slideChartStyle';

export interface LegendItem {
  label: string;
  colour: string;
  /** The dash pattern, for the projection. */
  dash: string | null;
  widthPx: number;
}

export function useChartLegend(showSchedule: boolean, showProjection: boolean): LegendItem[] {
  const { t } = useTranslation('present');
  const items: (LegendItem | null)[] = [
    { label: t('chart.actual'), colour: slideChartColours.actual, dash: null, widthPx: 5 },
    showProjection
      ? {
          label: t('chart.projection'),
          colour: slideChartColours.projection,
          dash: slideProjectionDash,
          widthPx: 4,
        }
      : null,
    { label: t('chart.target'), colour: slideChartColours.target, dash: null, widthPx: 3 },
    showSchedule
      ? { label: t('chart.schedule'), colour: slideChartColours.schedule, dash: null, widthPx: 3 }
      : null,
  ];
  return items.filter((item): item is LegendItem => item !== null);
}
