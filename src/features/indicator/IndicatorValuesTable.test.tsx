import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import { type Indicator, type IndicatorValue, type Period } from '../../domain/model';
import { evaluateIndicator } from '../../domain/status';
import { growthIndicator } from '../../domain/testing/growthIndicator';
import { recordsKnownAt } from '../../domain/asOf';
import { reportedPeriods } from '../../lib/chart/indicatorSeries';
import { IndicatorValuesTable } from './IndicatorValuesTable';

beforeEach(() => resetLocale());

/** GDP, reported quarterly, growth of 6% due at the end of 2024. */
const gdp: Indicator = growthIndicator({ name: { zh: '地区生产总值', en: 'GDP' }, frequency: 'quarterly' });

function figure(period: Period, value: number): IndicatorValue {
  return {
    indicatorId: 'gdp',
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: 'statistics-office',
    recordedAt: `${period}-20T02:00:00.000Z`,
    version: 1,
  };
}

describe('the table of figures on the indicator page', () => {
  it('shows the quarters nobody reported as 未报送 and the year as awaiting its Q4 figure', () => {
    const context = { year: 2024, asOfPeriod: '2024-12' };
    const records = recordsKnownAt('gdp', [figure('2024-03', 6.1), figure('2024-09', 6.2)], context);
    const evaluation = evaluateIndicator(gdp, records, context);
    expect(evaluation.status).toBe('awaitingYearEnd');
    renderWithProviders(
      <IndicatorValuesTable
        indicator={gdp}
        periods={reportedPeriods(gdp, records, 2024)}
        projection={null}
        evaluation={evaluation}
        asOfPeriod="2024-12"
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '2024年3月',
      '2024年6月',
      '2024年9月',
      '2024年12月',
    ]);
    expect(within(rows[1] as HTMLElement).getByText('未报送')).toBeInTheDocument();
    expect(within(rows[3] as HTMLElement).getByText('未报送')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('6.2%')).toBeInTheDocument();
  });
});
