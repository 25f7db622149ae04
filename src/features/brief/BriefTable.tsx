/** One section of the brief: each indicator with its target, actual, schedule, gap and status in words. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../api/explanationsContract';
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { ExplanationMark } from '../../components/reporting/ExplanationMark';
import { ExplanationText } from '../../components/reporting/ExplanationText';
import { OverdueMark } from '../../components/reporting/OverdueMark';
import { explanationStateOf } from '../../domain/accountability/explanations';
import type { Evaluation, EvaluationContext } from '../../domain/evaluation';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';
import { positionWords } from '../../domain/targetWords';
import { useLocalized } from '../../i18n/localized';
import { usePendingFigureCheck } from '../../lib/pendingFigures';
import { targetWords } from '../../lib/plan/targetWords';

interface BriefTableProps {
  heading: string;
  indicators: readonly Indicator[];
  evaluations: ReadonlyMap<string, Evaluation>;
  context: EvaluationContext;
  /** The reasons and measures filed, by indicator id. */
  explanations: ReadonlyMap<string, readonly Explanation[]>;
}

export function BriefTable({ heading, indicators, evaluations, context, explanations }: BriefTableProps) {
  const { t } = useTranslation('brief');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const isPending = usePendingFigureCheck();

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
            const explanation = explanationStateOf(
              evaluation,
              context.asOfPeriod,
              explanations.get(indicator.id) ?? [],
            );
            return (
              <Fragment key={indicator.id}>
                <tr data-status={status}>
                  <th scope="row">{pick(indicator.name)}</th>
                  <td data-label={t('columns.target')}>{targetWords(indicator, threshold, locale, pick)}</td>
                  <td data-label={t('columns.actual')}>
                    {actualPeriod === null
                      ? t('notReported')
                      : indicator.kind === 'milestone'
                        ? actual !== null && actual >= 1
                          ? t('milestoneDone')
                          : t('milestoneOpen')
                        : judged && actual === null
                          ? tc(`status.${status}`)
                          : formatValue(actual, indicator, locale)}
                    {isPending(indicator.id, actualPeriod) ? <PendingMark /> : null}
                    {actualPeriod ? (
                      <span className="brief-table__period">
                        {t('figurePeriod', { period: formatPeriod(actualPeriod, locale) })}
                      </span>
                    ) : null}
                    <OverdueMark indicator={indicator} missingPeriods={evaluation.missingPeriods} />
                  </td>
                  <td data-label={t('columns.expected')}>
                    {expected === null ? missingFigure : formatValue(expected, indicator, locale)}
                  </td>
                  <td data-label={t('columns.gap')}>
                    {gapWords(indicator, evaluation, locale) ?? missingFigure}
                  </td>
                  <td
                    className={`brief-table__status brief-table__status--${status}`}
                    data-label={t('columns.status')}
                  >
                    {tc(`status.${status}`)}
                    {judged ? tc('judged') : null}
                    {position ? <span className="brief-table__position">{position}</span> : null}
                    <ExplanationMark state={explanation} />
                  </td>
                </tr>
                {explanation.kind === 'filed' ? (
                  <tr className="brief-table__explanation">
                    <td colSpan={6}>
                      <ExplanationText explanation={explanation.explanation} className="brief-explanation" />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
