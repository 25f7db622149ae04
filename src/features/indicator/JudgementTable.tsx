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
import { IndicatorTablePanel, RecordCells, RecordHeaderCells } from './IndicatorTablePanel';
import type { ReportedPeriod } from '../../lib/chart/indicatorSeries';

interface JudgementTableProps {
  indicator: Indicator;
  periods: readonly ReportedPeriod[];
  asOfPeriod: Period;
}

export function JudgementTable({ indicator, periods, asOfPeriod }: JudgementTableProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();

  return (
    <IndicatorTablePanel
      id="indicator-judgements"
      heading={t('judgements.heading')}
      empty={periods.length === 0 ? t('judgements.empty') : null}
      caption={t('judgements.caption', {
        name: pick(indicator.name),
        period: formatPeriod(asOfPeriod, locale),
      })}
    >
      <thead>
        <tr>
          <th scope="col">{t('table.period')}</th>
          <th scope="col">{t('judgements.judgement')}</th>
          <th scope="col">{t('judgements.supportingFigure')}</th>
          <RecordHeaderCells />
        </tr>
      </thead>
      <tbody>
        {periods.map(({ record, evaluation }) => (
          <tr key={record.period}>
            <th scope="row">
              {formatPeriod(record.period, locale)}
              {record.isDemo ? <DemoTag /> : null}
            </th>
            <td>{record.judgement ? <StatusBadge status={evaluation.status} judged /> : missingFigure}</td>
            <td className="indicator-table__number">{formatValue(record.value, indicator, locale)}</td>
            <RecordCells record={record} locale={locale} />
          </tr>
        ))}
      </tbody>
    </IndicatorTablePanel>
  );
}
