/**
 * What the indicator page shows from other features: the chart's PNG export, the link to the
 * projects behind a derived indicator, the figure form, the definition editor and the change
 * history. The indicator feature never imports them; the page that puts it together
 * (src/app/pages/IndicatorPage.tsx) hands them in. Left out, they show nothing.
 */
import { createContext, useContext, type ComponentType, type RefObject } from 'react';
import type { Status } from '../../domain/evaluation';
import type { Indicator, Period } from '../../domain/model';
import type { Locale } from '../../i18n/locales';

export interface IndicatorSlots {
  ChartExport: ComponentType<{
    indicator: Indicator;
    asOfPeriod: Period;
    showSchedule: boolean;
    showProjection: boolean;
    /** The element around the chart's SVG. */
    drawingRef: RefObject<HTMLElement | null>;
    /** The status the image states in words. */
    status: Status;
    /** Any figure drawn is demo data: the image carries the 示例数据 mark. */
    isDemo: boolean;
  }>;
  SeeProjectsLink: ComponentType<{ indicator: Indicator; asOf: Period | undefined; locale: Locale }>;
  Entry: ComponentType<{ indicator: Indicator; planYear: number }>;
  DefinitionEditor: ComponentType<{ indicator: Indicator; planYear: number }>;
  History: ComponentType<{ indicator: Indicator }>;
}

const nothing = () => null;

export const IndicatorSlotsContext = createContext<IndicatorSlots>({
  ChartExport: nothing,
  SeeProjectsLink: nothing,
  Entry: nothing,
  DefinitionEditor: nothing,
  History: nothing,
});

export function useIndicatorSlots(): IndicatorSlots {
  return useContext(IndicatorSlotsContext);
}
