/**
 * The year-end projection (预测) and the pace still required, always labelled as a projection and
 * with its method in words.
 */
import { TrendingUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Evaluation, Forecast } from '../../domain/evaluation';
import { formatDifference, formatValue } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { ProjectionTag } from './ProjectionTag';

interface ForecastPanelProps {
  indicator: Indicator;
  evaluation: Evaluation;
}

export function ForecastPanel({ indicator, evaluation }: ForecastPanelProps) {
  const { t } = useTranslation('indicator');
  const { forecast } = evaluation;
  return (
    <section
      className="panel indicator-section indicator-forecast"
      aria-labelledby="indicator-forecast-heading"
    >
      <h2 id="indicator-forecast-heading" className="panel__title">
        <TrendingUp aria-hidden="true" focusable="false" className="indicator-section__icon" />
        {t('forecast.heading')}
      </h2>
      {forecast && forecast.remainingPeriods <= 0 ? (
        <p className="indicator-section__empty">{t('forecast.yearEndIn')}</p>
      ) : forecast ? (
        <ForecastFigures indicator={indicator} forecast={forecast} />
      ) : (
        <p className="indicator-section__empty">{t('forecast.unavailable')}</p>
      )}
    </section>
  );
}

function ForecastFigures({ indicator, forecast }: { indicator: Indicator; forecast: Forecast }) {
  const { t } = useTranslation('indicator');
  const { locale } = useLocalized();
  // A deadline rate must still gain points per period; the other kinds need a figure per period.
  const pace = (required: number) =>
    indicator.kind === 'deadlineRate'
      ? formatDifference(required, 'percent', locale)
      : formatValue(required, indicator, locale);
  const requiredKey =
    indicator.frequency === 'quarterly' ? 'forecast.requiredPerQuarter' : 'forecast.requiredPerMonth';

  return (
    <>
      <dl className="indicator-facts">
        <div>
          <dt>
            {t('forecast.yearEnd')} <ProjectionTag />
          </dt>
          <dd className="indicator-facts__figure">{formatValue(forecast.yearEnd, indicator, locale)}</dd>
        </div>
        <div>
          <dt>{t('forecast.method')}</dt>
          <dd>{t(`forecast.${forecast.method}`)}</dd>
        </div>
        <div>
          <dt>{t('forecast.required')}</dt>
          <dd>
            {forecast.pace === 'required' && forecast.requiredPerPeriod !== null
              ? t(requiredKey, { value: pace(forecast.requiredPerPeriod), count: forecast.remainingPeriods })
              : t(`forecast.${forecast.pace === 'required' ? 'reached' : forecast.pace}`)}
          </dd>
        </div>
      </dl>
      <p className="indicator-forecast__disclaimer">{t('forecast.disclaimer')}</p>
    </>
  );
}
