/**
 * A qualitative target (量稳质升) over time: what people judged each period, with their notes and
 * any supporting figure. Every status here is marked as judged (研判), never computed.
 */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status/StatusBadge';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import type { Indicator, Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { DemoTag } from './DemoTag';
import { formatRecordedAt } from './formatRecordedAt';
import type { ReportedPeriod } from './indicatorSeries';

interface JudgementTableProps {
  indicator: Indicator;
  periods: readonly ReportedPeriod[];
  asOfPeriod: Period;
}

export function JudgementTable({ indicator, periods, asOfPeriod }: JudgementTableProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();

  return (
    <section className="panel indicator-section" aria-labelledby="indicator-judgements-heading">
      <h2 id="indicator-judgements-heading" className="panel__title">
        {t('judgements.heading')}
      </h2>
      {periods.length === 0 ? (
        <p className="indicator-section__empty">{t('judgements.empty')}</p>
      ) : (
        <div
          className="indicator-table-scroll"
          role="region"
          aria-labelledby="indicator-judgements-caption"
          tabIndex={0}
        >
          <table className="indicator-table">
            <caption id="indicator-judgements-caption">
              {t('judgements.caption', {
                name: pick(indicator.name),
                period: formatPeriod(asOfPeriod, locale),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('judgements.judgement')}</th>
                <th scope="col">{t('judgements.supportingFigure')}</th>
                <th scope="col">{t('table.note')}</th>
                <th scope="col">{t('table.source')}</th>
                <th scope="col">{t('table.recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map(({ record, evaluation }) => (
                <tr key={record.period}>
                  <th scope="row">
                    {formatPeriod(record.period, locale)}
                    {record.isDemo ? <DemoTag /> : null}
                  </th>
                  <td>
                    {record.judgement ? <StatusBadge status={evaluation.status} judged /> : missingFigure}
                  </td>
                  <td className="indicator-table__number">
                    {formatValue(record.value, indicator.unit, locale)}
                  </td>
                  <td>{record.note ?? missingFigure}</td>
                  <td>{record.source ?? missingFigure}</td>
                  <td>
                    {record.recordedBy}
                    <br />
                    {formatRecordedAt(record.recordedAt, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
