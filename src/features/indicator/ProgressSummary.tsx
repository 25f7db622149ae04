/** Actual against target at the as-of period: the figure, the target, the schedule (序时进度) and the gap. */
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../domain/evaluation';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords, unitGapWords } from '../../domain/gapWords';
import type { Indicator } from '../../domain/model';
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { useLocalized } from '../../i18n/localized';
import { useIsPendingFigure } from '../../lib/pendingFigures';
import { targetWords } from '../../lib/plan/targetWords';

interface ProgressSummaryProps {
  indicator: Indicator;
  evaluation: Evaluation;
}

export function ProgressSummary({ indicator, evaluation }: ProgressSummaryProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();
  const { actual, actualPeriod, expected, threshold } = evaluation;
  const unitGap = unitGapWords(indicator, evaluation, locale);
  const target = targetWords(indicator, threshold, locale, pick);
  const relative = evaluation.position?.kind === 'relative' ? evaluation.position : null;
  // A relative target has no schedule: beside the figure stands its yardstick's (全省 5.9%).
  const showSchedule = !relative && expected !== null && expected !== threshold?.value;
  const pending = useIsPendingFigure(indicator.id, actualPeriod);

  return (
    <section className="indicator-summary" aria-labelledby="indicator-summary-heading">
      <h2 id="indicator-summary-heading" className="visually-hidden">
        {t('summary.heading')}
      </h2>
      <dl className="indicator-summary__figures">
        <div className="indicator-summary__figure indicator-summary__figure--actual">
          <dt>{evaluation.judged ? t('summary.latestJudgement') : t('summary.actual')}</dt>
          <dd>
            {actualPeriod === null ? (
              t('summary.notReported')
            ) : (
              <>
                {actual === null ? null : (
                  <span className="indicator-summary__value">{formatValue(actual, indicator, locale)}</span>
                )}
                {pending ? <PendingMark /> : null}
                <span className="indicator-summary__period">
                  {t(evaluation.judged ? 'summary.judgedPeriod' : 'summary.figurePeriod', {
                    period: formatPeriod(actualPeriod, locale),
                  })}
                </span>
              </>
            )}
          </dd>
        </div>
        <div className="indicator-summary__figure">
          <dt>{evaluation.judged ? t('summary.judgedTarget') : t('summary.target')}</dt>
          <dd>
            <span className="indicator-summary__value">{target}</span>
          </dd>
        </div>
        {relative ? (
          <div className="indicator-summary__figure indicator-summary__figure--yardstick">
            <dt>{t('summary.yardstick', { name: pick(relative.label) })}</dt>
            <dd>
              <span className="indicator-summary__value">
                {formatValue(relative.yardstickValue, indicator, locale)}
              </span>
              <span className="indicator-summary__period">
                {t('summary.figurePeriod', { period: formatPeriod(relative.period, locale) })}
              </span>
            </dd>
          </div>
        ) : null}
        {showSchedule ? (
          <div className="indicator-summary__figure">
            <dt>{t('summary.expected')}</dt>
            <dd>
              <span className="indicator-summary__value">{formatValue(expected, indicator, locale)}</span>
            </dd>
          </div>
        ) : null}
        {evaluation.judged ? null : (
          <div className="indicator-summary__figure">
            <dt>{t('summary.gap')}</dt>
            <dd>
              <span className="indicator-summary__value">
                {gapWords(indicator, evaluation, locale) ?? missingFigure}
              </span>
              {unitGap ? <span className="indicator-summary__period">{unitGap}</span> : null}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
