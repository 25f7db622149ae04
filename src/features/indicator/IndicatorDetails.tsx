/**
 * Where the target comes from and how it is measured: the verbatim sentence of the source
 * article (原文), the statistical definition (口径), who supplies and who leads it, how often it
 * is reported, its dated thresholds, and how fresh its figures are.
 */
import { Clock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../domain/evaluation';
import { formatDate } from '../../domain/format';
import type { Indicator, IndicatorValue, PlanSummary } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { DemoTag } from './DemoTag';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { ThresholdList } from './ThresholdList';

interface IndicatorDetailsProps {
  indicator: Indicator;
  records: readonly IndicatorValue[];
  evaluation: Evaluation;
  plan: PlanSummary;
}

export function IndicatorDetails({ indicator, records, evaluation, plan }: IndicatorDetailsProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();
  const { sourceDocument } = plan;
  const lastRecordedAt = records.reduce<string | null>(
    (latest, record) => (latest === null || record.recordedAt > latest ? record.recordedAt : latest),
    null,
  );

  return (
    <section
      className="panel indicator-section indicator-details"
      aria-labelledby="indicator-details-heading"
    >
      <h2 id="indicator-details-heading" className="panel__title">
        {t('details.heading')}
      </h2>
      <figure className="indicator-quote" aria-labelledby="indicator-quote-label">
        <figcaption id="indicator-quote-label" className="indicator-quote__label">
          {t('details.sourceQuote')}
        </figcaption>
        <blockquote className="indicator-quote__text" lang="zh-CN">
          <p>{indicator.sourceQuote}</p>
        </blockquote>
        <p className="indicator-quote__source">
          {t('details.sourceDocument')}: <cite lang="zh-CN">{sourceDocument.title}</cite>
          {t('details.sourceDocumentBy', {
            publisher: sourceDocument.publisher,
            date: formatDate(sourceDocument.publishedOn, locale),
          })}
        </p>
      </figure>
      <dl className="indicator-facts">
        <div>
          <dt>{t('details.definition')}</dt>
          <dd>{indicator.definition ? pick(indicator.definition) : t('details.unset')}</dd>
        </div>
        <div>
          <dt>{t('details.dataSource')}</dt>
          <dd>{pick(indicator.dataSource)}</dd>
        </div>
        <div>
          <dt>{t('details.leadDepartment')}</dt>
          <dd>{indicator.leadDepartment?.trim() ? indicator.leadDepartment : t('details.unset')}</dd>
        </div>
        <div>
          <dt>{t('details.frequency')}</dt>
          <dd>{t(`frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('details.thresholds')}</dt>
          <dd>
            <ThresholdList indicator={indicator} evaluation={evaluation} />
          </dd>
        </div>
        <div>
          <dt>{t('details.lastUpdated')}</dt>
          <dd>
            {lastRecordedAt ? formatRecordedAt(lastRecordedAt, locale) : t('details.noValues')}
            {evaluation.stale ? (
              <span className="indicator-stale">
                <Clock aria-hidden="true" focusable="false" className="indicator-stale__icon" />
                {t('details.stale')}
              </span>
            ) : null}
            {records.some((record) => record.isDemo) ? (
              <span className="indicator-details__demo">
                <DemoTag />
                {t('details.demoData')}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
