/** 实际 · 目标 · 序时进度 · 差距 · 年末预测: an indicator's figures at the as-of month, large. */
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../domain/evaluation';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator } from '../../domain/model';
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { useLocalized } from '../../i18n/localized';
import { useIsPendingFigure } from '../../lib/pendingFigures';
import { targetWords } from '../../lib/plan/targetWords';

interface IndicatorFiguresProps {
  indicator: Indicator;
  evaluation: Evaluation;
}

export function IndicatorFigures({ indicator, evaluation }: IndicatorFiguresProps) {
  const { t } = useTranslation('present');
  const { locale, pick } = useLocalized();
  const { actual, actualPeriod, expected, threshold, forecast } = evaluation;
  const target = targetWords(indicator, threshold, locale, pick);
  const showSchedule = expected !== null && expected !== threshold?.value;
  const pending = useIsPendingFigure(indicator.id, actualPeriod);

  return (
    <dl className="slide-figures">
      <div className="slide-figures__item slide-figures__item--actual">
        <dt>{t('slide.actual')}</dt>
        <dd>
          <span className="slide-figures__value">
            {actual === null ? t('slide.notReported') : formatValue(actual, indicator, locale)}
          </span>
          {pending ? <PendingMark /> : null}
          {actualPeriod ? (
            <span className="slide-figures__note">
              {t('slide.figurePeriod', { period: formatPeriod(actualPeriod, locale) })}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="slide-figures__item">
        <dt>{t('slide.target')}</dt>
        <dd>
          <span className="slide-figures__value slide-figures__value--text">{target}</span>
        </dd>
      </div>
      {showSchedule ? (
        <div className="slide-figures__item">
          <dt>{t('slide.expected')}</dt>
          <dd>
            <span className="slide-figures__value">{formatValue(expected, indicator, locale)}</span>
          </dd>
        </div>
      ) : null}
      <div className="slide-figures__item">
        <dt>{t('slide.gap')}</dt>
        <dd>
          <span className="slide-figures__value">
            {gapWords(indicator, evaluation, locale) ?? missingFigure}
          </span>
        </dd>
      </div>
      {/* Once the year-end figure is in, there is nothing left to project. */}
      {forecast && forecast.remainingPeriods > 0 && indicator.kind !== 'rank' ? (
        <div className="slide-figures__item">
          <dt>{t('slide.yearEnd')}</dt>
          <dd>
            <span className="slide-figures__value">{formatValue(forecast.yearEnd, indicator, locale)}</span>
            <span className="slide-figures__note">{t('slide.projectionNote')}</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
