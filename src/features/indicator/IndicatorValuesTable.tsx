/**
 * Every reported period with its actual, the schedule (序时进度), the gap and the status the
 * engine gave at that period, each period the rhythm expected but nobody reported as 未报送, then
 * the year-end projection, labelled as such: the chart's accessible alternative.
 */
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { isAwaitingReview } from '../../domain/awaitingReview';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status/StatusBadge';
import type { Evaluation } from '../../domain/evaluation';
import { formatPeriod, formatValue, missingFigure } from '../../domain/format';
import { gapWords, unitGapWords } from '../../domain/gapWords';
import type { Indicator, Period } from '../../domain/model';
import { expectedValue } from '../../domain/schedule';
import { useLocalized } from '../../i18n/localized';
import { DemoTag } from './DemoTag';
import { IndicatorTablePanel, RecordCells, RecordHeaderCells } from './IndicatorTablePanel';
import type { ProjectionSegment, ReportedPeriod } from '../../lib/chart/indicatorSeries';
import { ProjectionTag } from './ProjectionTag';

interface IndicatorValuesTableProps {
  indicator: Indicator;
  periods: readonly ReportedPeriod[];
  projection: ProjectionSegment | null;
  /** The evaluation at the as-of period, whose forecast the projection row shows. */
  evaluation: Evaluation;
  asOfPeriod: Period;
}

export function IndicatorValuesTable({
  indicator,
  periods,
  projection,
  evaluation,
  asOfPeriod,
}: IndicatorValuesTableProps) {
  const { t } = useTranslation('indicator');
  const { locale, pick } = useLocalized();
  const value = (figure: number | null) => formatValue(figure, indicator, locale);
  const rows: { period: Period; reported: ReportedPeriod | null }[] = [
    ...periods.map((reported) => ({ period: reported.record.period, reported })),
    ...evaluation.missingPeriods.map((period) => ({ period, reported: null })),
  ].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

  return (
    <IndicatorTablePanel
      id="indicator-table"
      heading={t('table.heading')}
      empty={periods.length === 0 ? t('table.empty') : null}
      caption={t('table.caption', { name: pick(indicator.name), period: formatPeriod(asOfPeriod, locale) })}
    >
      <thead>
        <tr>
          <th scope="col">{t('table.period')}</th>
          <th scope="col">{t('table.actual')}</th>
          <th scope="col">{t('table.expected')}</th>
          <th scope="col">{t('table.gap')}</th>
          <th scope="col">{t('table.status')}</th>
          <RecordHeaderCells />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ period, reported }) =>
          reported === null ? (
            <tr key={period} className="indicator-table__missing">
              <th scope="row">{formatPeriod(period, locale)}</th>
              <td className="indicator-table__number">{missingFigure}</td>
              <td className="indicator-table__number">{missingFigure}</td>
              <td className="indicator-table__number">{missingFigure}</td>
              <td>
                <StatusBadge status="notReported" />
              </td>
              <td>{missingFigure}</td>
              <td>{missingFigure}</td>
              <td>{missingFigure}</td>
            </tr>
          ) : (
            <tr key={period}>
              <th scope="row">{formatPeriod(period, locale)}</th>
              <td className="indicator-table__number">
                {value(reported.record.value)}
                {reported.record.isDemo ? <DemoTag /> : null}
                {isAwaitingReview(reported.record) ? <PendingMark /> : null}
              </td>
              <td className="indicator-table__number">{value(reported.evaluation.expected)}</td>
              <td className="indicator-table__number">
                {unitGapWords(indicator, reported.evaluation, locale) ??
                  gapWords(indicator, reported.evaluation, locale) ??
                  missingFigure}
              </td>
              <td>
                <StatusBadge status={reported.evaluation.status} />
              </td>
              <RecordCells record={reported.record} locale={locale} />
            </tr>
          ),
        )}
        {projection && evaluation.forecast ? (
          <tr className="indicator-table__projection">
            <th scope="row">
              {formatPeriod(projection.to.period, locale)}
              <ProjectionTag />
            </th>
            <td className="indicator-table__number">{value(projection.to.value)}</td>
            <td className="indicator-table__number">
              {value(expectedValue(indicator, projection.to.period))}
            </td>
            <td className="indicator-table__number">{missingFigure}</td>
            <td>{missingFigure}</td>
            <td>{t('table.projectionNote', { method: t(`forecast.${evaluation.forecast.method}`) })}</td>
            <td>{missingFigure}</td>
            <td>{missingFigure}</td>
          </tr>
        ) : null}
      </tbody>
    </IndicatorTablePanel>
  );
}
