/** One section of the brief: each indicator with its target, actual, schedule, gap and status in words. */
import { useTranslation } from 'react-i18next';
import type { Evaluation, EvaluationContext } from '../../domain/evaluation';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { targetWords } from '../../lib/plan/targetWords';

interface BriefTableProps {
  heading: string;
  indicators: readonly Indicator[];
  evaluations: ReadonlyMap<string, Evaluation>;
  context: EvaluationContext;
}

export function BriefTable({ heading, indicators, evaluations, context }: BriefTableProps) {
  const { t } = useTranslation('brief');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();

  return (
    <section className="brief__section">
      <h2 className="brief__section-title">{heading}</h2>
      <table className="brief-table">
        <caption className="visually-hidden">{heading}</caption>
        <colgroup>
          <col />
          <col />
          <col />
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.target')}</th>
            <th scope="col">{t('columns.actual')}</th>
            <th scope="col">{t('columns.expected')}</th>
            <th scope="col">{t('columns.gap')}</th>
            <th scope="col">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const evaluation = evaluations.get(indicator.id) ?? evaluateIndicator(indicator, [], context);
            const { actual, actualPeriod, expected, threshold, status, judged } = evaluation;
            const position = positionWords(evaluation.position, indicator, locale);
            return (
              <tr key={indicator.id} data-status={status}>
                <th scope="row">{pick(indicator.name)}</th>
                <td>{targetWords(indicator, threshold, locale, pick)}</td>
                <td>
                  {actualPeriod === null
                    ? t('notReported')
                    : indicator.kind === 'milestone'
                      ? actual !== null && actual >= 1
                        ? t('milestoneDone')
                        : t('milestoneOpen')
                      : judged && actual === null
                        ? tc(`status.${status}`)
                        : formatValue(actual, indicator, locale)}
                  {actualPeriod ? (
                    <span className="brief-table__period">
                      {t('figurePeriod', { period: formatPeriod(actualPeriod, locale) })}
                    </span>
                  ) : null}
                </td>
                <td>{expected === null ? missingFigure : formatValue(expected, indicator, locale)}</td>
                <td>{gapWords(indicator, evaluation, locale) ?? missingFigure}</td>
                <td className={`brief-table__status brief-table__status--${status}`}>
                  {tc(`status.${status}`)}
                  {judged ? tc('judged') : null}
                  {position ? <span className="brief-table__position">{position}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
