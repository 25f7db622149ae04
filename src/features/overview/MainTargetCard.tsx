/**
 * One main target: its name, actual against target, status, gap, trend and the period the
 * figure is for. A qualitative target (量稳质升) shows the status people judged, marked (研判).
 */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NatureTag } from '../../components/status/NatureTag';
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { ExplanationMark } from '../../components/reporting/ExplanationMark';
import { OverdueMark } from '../../components/reporting/OverdueMark';
import { StatusBadge } from '../../components/status/StatusBadge';
import { observationsOf, recordsKnownAt } from '../../domain/asOf';
import type { Evaluation, EvaluationContext } from '../../domain/evaluation';
import { formatPeriod, formatValue } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { useExplanationState } from '../../lib/explanationStates';
import { useIsPendingFigure } from '../../lib/pendingFigures';
import { writtenLanguage } from '../../lib/textLanguage';
import { indicatorPath } from './indicatorPath';
import { TrendSparkline } from './TrendSparkline';

interface MainTargetCardProps {
  indicator: Indicator;
  evaluation: Evaluation;
  /** The figures of this indicator. */
  values: readonly IndicatorValue[];
  context: EvaluationContext;
  /** The as-of period in the address, carried over to the indicator's page. */
  asOfParam: Period | undefined;
}

export const MainTargetCard = memo(function MainTargetCard({
  indicator,
  evaluation,
  values,
  context,
  asOfParam,
}: MainTargetCardProps) {
  const { t } = useTranslation('overview');
  const { locale, pick } = useLocalized();
  const headingId = useId();
  const { year, asOfPeriod } = context;
  const records = useMemo(
    () => recordsKnownAt(indicator.id, values, { year, asOfPeriod }),
    [indicator.id, values, year, asOfPeriod],
  );
  const observations = useMemo(() => observationsOf(records), [records]);
  // What a judged status rests on: the note of the latest judgement.
  const judgementBasis = evaluation.judged ? records.at(-1)?.note : null;
  const { judged, actual, actualPeriod } = evaluation;
  const gap = gapWords(indicator, evaluation, locale);
  const explanation = useExplanationState(indicator.id, evaluation);
  const pending = useIsPendingFigure(indicator.id, actualPeriod);

  return (
    <article className={`target-card target-card--${evaluation.light}`} aria-labelledby={headingId}>
      <div className="target-card__head">
        <h3 id={headingId} className="target-card__name">
          <Link to={indicatorPath(indicator, asOfParam)} className="target-card__link">
            {pick(indicator.name)}
          </Link>
        </h3>
        <NatureTag nature={indicator.nature} />
      </div>
      <StatusBadge
        status={evaluation.status}
        judged={judged}
        size="large"
        position={positionWords(evaluation.position, indicator, locale)}
      />
      <OverdueMark indicator={indicator} missingPeriods={evaluation.missingPeriods} />
      <ExplanationMark state={explanation} />
      <dl className="target-card__figures">
        {judged && actual === null ? null : (
          <div className="target-card__figure">
            <dt>{t('mainTargets.actual')}</dt>
            <dd className="target-card__actual">
              {formatValue(actual, indicator, locale)}
              {pending ? <PendingMark /> : null}
            </dd>
          </div>
        )}
        <div className="target-card__figure">
          <dt>{t('mainTargets.target')}</dt>
          <dd>{pick(indicator.targetText)}</dd>
        </div>
        {gap ? (
          <div className="target-card__figure">
            <dt>{t('mainTargets.gap')}</dt>
            <dd>{gap}</dd>
          </div>
        ) : null}
      </dl>
      {judgementBasis ? (
        <p className="target-card__basis">
          <span className="target-card__basis-label">{t('mainTargets.judgementBasis')}</span>
          <span lang={writtenLanguage(judgementBasis)}>{judgementBasis}</span>
        </p>
      ) : null}
      {observations.length > 0 ? (
        <TrendSparkline observations={observations} unit={indicator.unit} light={evaluation.light} />
      ) : null}
      <p className="target-card__as-of">
        {actualPeriod
          ? t('mainTargets.asOf', { period: formatPeriod(actualPeriod, locale) })
          : t('mainTargets.noFigure')}
      </p>
    </article>
  );
});
