/**
 * The targets to look at first: those missed or behind, then those that need attention, each
 * with its status, its figure against the target, the gap and, where the reporter gave one, why.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/status/StatusBadge';
import { recordsKnownAt } from '../../domain/asOf';
import { formatValue } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator, IndicatorValue, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { writtenLanguage } from '../../lib/textLanguage';
import { reasonOf } from './attention';
import { indicatorSectionId } from './FilterLink';
import { indicatorPath } from './indicatorPath';

/** More than this many and the rest are one link away, in the filtered table. */
export const targetsListedAtMost = 8;

interface TargetsToLookAtProps {
  targets: readonly Indicator[];
  values: readonly IndicatorValue[];
  evaluations: Evaluations;
  year: number;
  asOfPeriod: Period;
  asOfParam: Period | undefined;
}

export const TargetsToLookAt = memo(function TargetsToLookAt({
  targets,
  values,
  evaluations,
  year,
  asOfPeriod,
  asOfParam,
}: TargetsToLookAtProps) {
  const { t } = useTranslation('overview');
  const { locale, pick } = useLocalized();
  const listed = useMemo(() => targets.slice(0, targetsListedAtMost), [targets]);
  const reasons = useMemo(
    () =>
      new Map(
        listed.map((indicator) => [
          indicator.id,
          reasonOf(recordsKnownAt(indicator.id, values, { year, asOfPeriod }).at(-1)),
        ]),
      ),
    [listed, values, year, asOfPeriod],
  );

  if (targets.length === 0) return <p className="attention__none">{t('attention.none')}</p>;
  return (
    <>
      <ul className="attention__list" aria-label={t('attention.listLabel')}>
        {listed.map((indicator) => {
          const evaluation = evaluations.get(indicator.id)!;
          const reason = reasons.get(indicator.id);
          const gap = gapWords(indicator, evaluation, locale);
          return (
            <li key={indicator.id} className="attention__item">
              <StatusBadge status={evaluation.status} judged={evaluation.judged} />
              <Link to={indicatorPath(indicator, asOfParam)} className="attention__name">
                {pick(indicator.name)}
              </Link>
              <span className="attention__figures">
                {evaluation.actual === null
                  ? null
                  : t('attention.actual', { value: formatValue(evaluation.actual, indicator, locale) })}
                {evaluation.actual === null ? null : t('summary.separator')}
                {t('attention.target', { target: pick(indicator.targetText) })}
                {gap ? `${t('summary.separator')}${t('attention.gap', { gap })}` : null}
              </span>
              {reason ? (
                <p className="attention__reason">
                  <span className="attention__reason-label">{t('attention.reason')}</span>
                  <span lang={writtenLanguage(reason)}>{reason}</span>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {targets.length > listed.length ? (
        <p className="attention__more">
          <a href={`#${indicatorSectionId}`}>
            {t('attention.more', { count: targets.length - listed.length })}
          </a>
        </p>
      ) : null}
    </>
  );
});
