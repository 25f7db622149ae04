import { describe, expect, it } from 'vitest';
import type { Indicator, Threshold } from './model';
import type { Observation } from './asOf';
import { forecastYearEnd, trendPerMonth } from './forecast';

type Forecastable = Pick<Indicator, 'kind' | 'frequency' | 'thresholds' | 'unit'>;
const yearEnd = (value: number, comparator: Threshold['comparator'] = 'gte'): Threshold[] => [
  { value, comparator, deadline: '2024-12-31' },
];
const subject = (
  kind: Indicator['kind'],
  thresholds: Threshold[],
  frequency: Indicator['frequency'] = 'monthly',
): Forecastable => ({
  kind,
  frequency,
  thresholds,
  unit: kind === 'cumulativeAmount' ? 'yiYuan' : kind === 'cumulativeCount' ? 'count' : 'percent',
});
const series = (...points: [string, number][]): Observation[] =>
  points.map(([period, value]) => ({ period, value }));

describe('the run-rate projection of a cumulative figure', () => {
  const investment = subject('cumulativeAmount', yearEnd(80));

  it('projects 18亿元 through March to 72亿元 and asks for 6.89亿元 a month', () => {
    // 18 × 12 / 3 = 72; (80 − 18) / 9 remaining months = 6.888888889.
    expect(forecastYearEnd(investment, series(['2024-03', 18]))).toEqual({
      yearEnd: 72,
      method: 'runRate',
      requiredPerPeriod: 6.888888889,
      remainingPeriods: 9,
    });
  });

  it('asks for nothing more once the target is reached', () => {
    expect(forecastYearEnd(investment, series(['2024-11', 82]))?.requiredPerPeriod).toBeNull();
  });

  it('asks for nothing when no month remains', () => {
    const december = forecastYearEnd(investment, series(['2024-12', 75]));
    expect(december).toEqual({
      yearEnd: 75,
      method: 'runRate',
      requiredPerPeriod: null,
      remainingPeriods: 0,
    });
  });

  it('still asks for more when the figure sits exactly on a target it must exceed', () => {
    // 突破百亿元 (> 100): 100 through October is not enough; (100 − 100) / 2 = 0 more a month at least.
    const domesticCapital = subject('cumulativeAmount', yearEnd(100, 'gt'));
    expect(forecastYearEnd(domesticCapital, series(['2024-10', 100]))?.requiredPerPeriod).toBe(0);
  });

  it('counts the quarters left for a quarterly figure', () => {
    // 6 projects into production by June, 40 targeted: 2 quarters left, (40 − 6) / 2 = 17 a quarter.
    const intoProduction = subject('cumulativeCount', yearEnd(40), 'quarterly');
    expect(forecastYearEnd(intoProduction, series(['2024-06', 6]))).toEqual({
      yearEnd: 12,
      method: 'runRate',
      requiredPerPeriod: 17,
      remainingPeriods: 2,
    });
  });
});

describe('the trend projection of a growth rate', () => {
  const industry = subject('growthRate', yearEnd(8));

  it('adds half the recent trend over the months left', () => {
    // 5.0, 5.4, 5.8 in Jan–Mar: +0.4 a month; 9 months × 0.4 × ½ = 1.8; 5.8 + 1.8 = 7.6.
    // Required average of the remaining 9 months: (12 × 8 − 3 × 5.8) / 9 = 8.733333333.
    expect(forecastYearEnd(industry, series(['2024-01', 5.0], ['2024-02', 5.4], ['2024-03', 5.8]))).toEqual({
      yearEnd: 7.6,
      method: 'trend',
      requiredPerPeriod: 8.733333333,
      remainingPeriods: 9,
    });
  });

  it('looks only at the last three observations', () => {
    const noisy = series(
      ['2023-11', 1],
      ['2023-12', 10],
      ['2024-01', 5.0],
      ['2024-02', 5.4],
      ['2024-03', 5.8],
    );
    expect(forecastYearEnd(industry, noisy)?.yearEnd).toBe(7.6);
  });

  it('holds the projected change within three percentage points', () => {
    // 2, 4, 6: +2 a month would add 9 points; held at +3 → 9, and at −3 when falling.
    expect(forecastYearEnd(industry, series(['2024-01', 2], ['2024-02', 4], ['2024-03', 6]))?.yearEnd).toBe(
      9,
    );
    expect(forecastYearEnd(industry, series(['2024-01', 6], ['2024-02', 4], ['2024-03', 2]))?.yearEnd).toBe(
      -1,
    );
  });

  it('projects a single observation flat', () => {
    expect(forecastYearEnd(industry, series(['2024-02', 7.2]))?.yearEnd).toBe(7.2);
  });

  it('asks quarterly GDP for the average growth of the remaining quarters', () => {
    // 5.5 in Q1 against 6: (4 × 6 − 1 × 5.5) / 3 = 6.166666667 a quarter for three quarters.
    const gdp = subject('growthRate', yearEnd(6), 'quarterly');
    expect(forecastYearEnd(gdp, series(['2024-03', 5.5]))).toEqual({
      yearEnd: 5.5,
      method: 'trend',
      requiredPerPeriod: 6.166666667,
      remainingPeriods: 3,
    });
  });

  it('asks for nothing while the rate is at or above its target', () => {
    expect(forecastYearEnd(industry, series(['2024-05', 8.0]))?.requiredPerPeriod).toBeNull();
  });
});

describe('the trend projection of a deadline rate', () => {
  const startRate = subject('deadlineRate', [
    { value: 90, comparator: 'gt', deadline: '2024-03-31' },
    { value: 100, comparator: 'eq', deadline: '2024-06-30' },
  ]);

  it('projects the full trend but never above 100%', () => {
    // 30 → 60: +30 a month; 60 + 30 × 10 = 360, held at 100. (100 − 60) / 10 = 4 points a month.
    expect(forecastYearEnd(startRate, series(['2024-01', 30], ['2024-02', 60]))).toEqual({
      yearEnd: 100,
      method: 'trend',
      requiredPerPeriod: 4,
      remainingPeriods: 10,
    });
  });

  it('projects a slowly rising rate along its trend', () => {
    // 80 in March, 86 in June: +2 a month; 86 + 2 × 6 = 98.
    expect(forecastYearEnd(startRate, series(['2024-03', 80], ['2024-06', 86]))?.yearEnd).toBe(98);
  });

  it('never projects below 0%', () => {
    expect(forecastYearEnd(startRate, series(['2024-01', 20], ['2024-02', 5]))?.yearEnd).toBe(0);
  });
});

describe('indicators without a projection', () => {
  it.each(['rank', 'milestone', 'qualitative'] as const)('a %s has none', (kind) => {
    expect(forecastYearEnd(subject(kind, yearEnd(1)), series(['2024-03', 1]))).toBeNull();
  });

  it('a figure never reported has none', () => {
    expect(forecastYearEnd(subject('cumulativeAmount', yearEnd(80)), [])).toBeNull();
  });
});

describe('the trend per month', () => {
  it('averages over the months between observations, not their count', () => {
    // March 5, June 6: one point over three months.
    expect(trendPerMonth(series(['2024-03', 5], ['2024-06', 6]))).toBeCloseTo(1 / 3, 12);
  });

  it('is flat for fewer than two observations', () => {
    expect(trendPerMonth([])).toBe(0);
    expect(trendPerMonth(series(['2024-03', 5]))).toBe(0);
  });
});
