/** The words around an exported chart: its as-of month with its unit (截至2024年10月 · 单位:亿元) and its source. */
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../domain/format';
import type { Indicator, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { chartUnitWord } from './chartUnit';

export interface ChartTexts {
  /** 单位:亿元, or null for a unitless figure. */
  unit: string | null;
  /** 截至2024年10月 · 单位:亿元 */
  subtitle: string;
  /** 数据来源:区统计局 */
  source: string;
}

export function useChartTexts(indicator: Indicator, asOfPeriod: Period): ChartTexts {
  const { t } = useTranslation('present');
  const { locale, pick } = useLocalized();
  const word = chartUnitWord(indicator.unit, locale);
  const unit = word ? t('chart.unit', { unit: word }) : null;
  const asOf = t('slide.asOf', { period: formatPeriod(asOfPeriod, locale) });
  return {
    unit,
    subtitle: unit ? t('export.subtitle', { asOf, unit }) : asOf,
    source: t('slide.source', { source: pick(indicator.dataSource) }),
  };
}
