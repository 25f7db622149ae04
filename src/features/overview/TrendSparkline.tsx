/**
 * A small line of an indicator's figures through the year. The drawing is hidden from screen
 * readers, which read the same figures as text instead.
 */
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../domain/asOf';
import type { Light } from '../../domain/evaluation';
import { formatPeriod, formatValue } from '../../domain/format';
import type { Unit } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { SparklineDrawing } from './SparklineDrawing';
import { sparklineSize } from './sparklineSize';

interface TrendSparklineProps {
  observations: readonly Observation[];
  unit: Unit;
  light: Light;
}

export function TrendSparkline({ observations, unit, light }: TrendSparklineProps) {
  const { t } = useTranslation('overview');
  const { locale } = useLocalized();
  const points = observations
    .map(({ period, value }) => `${formatPeriod(period, locale)} ${formatValue(value, unit, locale)}`)
    .join(locale === 'zh-CN' ? ',' : ', ');
  return (
    <div className={`sparkline sparkline--${light}`}>
      <div aria-hidden="true" className="sparkline__drawing" style={sparklineSize}>
        <SparklineDrawing observations={observations} />
      </div>
      <p className="visually-hidden">{t('mainTargets.trend', { points })}</p>
    </div>
  );
}
