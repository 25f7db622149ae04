import { describe, expect, it } from 'vitest';
import type { Indicator, Threshold } from './model';
import type { Observation } from './asOf';
import { forecastYearEnd, requiredGrowthOfRemainder, trendPerMonth } from './forecast';

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
      pace: 'required',
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
      pace: 'noneRemaining',
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
      pace: 'required',
    });
  });
});

describe('the trend projection of a growth rate', () => {
  const industry = subject('growthRate', yearEnd(8));

  it('adds half the recent trend over the months left and asks for no monthly pace', () => {
    // 5.0, 5.4, 5.8 in Jan–Mar: +0.4 a month; 9 months × 0.4 × ½ = 1.8; 5.8 + 1.8 = 7.6.
    // A cumulative rate does not add up month by month, so no "每月8.7%" is asked for.
    expect(forecastYearEnd(industry, series(['2024-01', 5.0], ['2024-02', 5.4], ['2024-03', 5.8]))).toEqual({
      yearEnd: 7.6,
      method: 'trend',
      requiredPerPeriod: null,
      remainingPeriods: 9,
      pace: 'needsPriorYearBase',
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

  it('never says a quarterly GDP rate above its target has reached it', () => {
    // 国家统计局, 2023-10-18: 前三季度GDP增长5.2%, yet 四季度只要同比增长4.4%以上 to reach 5%左右 —
    // the year is not done at Q3; the remaining quarter still has to grow.
    const gdp = subject('growthRate', yearEnd(5), 'quarterly');
    expect(forecastYearEnd(gdp, series(['2023-09', 5.2]))).toEqual({
      yearEnd: 5.2,
      method: 'trend',
      requiredPerPeriod: null,
      remainingPeriods: 1,
      pace: 'needsPriorYearBase',
    });
  });

  it('says nothing about the pace once the year has no period left', () => {
    expect(forecastYearEnd(industry, series(['2024-12', 7.1]))?.pace).toBe('noneRemaining');
  });
});

describe('the growth the remaining periods must reach for a cumulative rate', () => {
  it('asks Q4 2024 for 5.5% after 4.8% through Q3, as reported on 2024-10-18', () => {
    // 国家统计局: 前三季度GDP 949746亿元, 按不变价格计算同比增长4.8%; 若全年要达5%, 第四季的GDP增速须至少达5.5%
    // (网易新闻, 2024-10-18). Last year's base: 2023 Q1–Q3 913027亿元, the year 1260582亿元, so Q4 347555亿元.
    // (1.05 × 1260582 − 1.048 × 913027) / 347555 − 1 = 5.525…%, 5.5% to one decimal.
    const q4 = requiredGrowthOfRemainder(5, 4.8, 913027, 1260582 - 913027);
    expect(q4).not.toBeNull();
    expect(q4!.toFixed(1)).toBe('5.5');
  });

  it('asks the remaining months for less than the target when the year so far runs above it', () => {
    // 国家统计局, 2023-10-18: 前三季度增长5.2%, 四季度只要同比增长4.4%以上 for 5%左右. With the 2022 bases
    // (Q1–Q3 870269亿元, the year 1210207亿元) the nominal weights give 4.49%: below 5, never "已达到".
    const q4 = requiredGrowthOfRemainder(5, 5.2, 870269, 1210207 - 870269);
    expect(q4).toBeGreaterThan(4.4);
    expect(q4).toBeLessThan(5);
  });

  it("cannot say anything without last year's base for the remaining months", () => {
    expect(requiredGrowthOfRemainder(5, 4.8, 100, 0)).toBeNull();
  });
});

describe('the projection of a count', () => {
  const intoProduction = subject('cumulativeCount', yearEnd(40));

  it('projects a whole number of projects, never 39.6个', () => {
    // 33 through October: 33 × 12 / 10 = 39.6, projected as 40.
    expect(forecastYearEnd(intoProduction, series(['2024-10', 33]))?.yearEnd).toBe(40);
  });

  it('asks for a whole number of projects a month, rounded up', () => {
    // (40 − 6) / 9 = 3.78 a month: 4 a month is what reaches 40.
    expect(forecastYearEnd(intoProduction, series(['2024-03', 6]))?.requiredPerPeriod).toBe(4);
  });

  it('says the target is reached once the count reaches it', () => {
    expect(forecastYearEnd(intoProduction, series(['2024-09', 41]))?.pace).toBe('reached');
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
      pace: 'required',
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
