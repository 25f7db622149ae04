import { describe, expect, it } from 'vitest';
import type { IndicatorValue, Period } from './model';
import { defaultAsOfPeriod, latestAtOrBefore, observationsOf, periodsUpTo, recordsKnownAt } from './asOf';

function record(
  indicatorId: string,
  period: Period,
  value: number | null,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue {
  return {
    indicatorId,
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
    ...extra,
  };
}

describe('the period a view opens at', () => {
  const values = [
    record('gdp', '2024-03', 5.8),
    record('industry', '2024-05', 8.1),
    record('gdp', '2024-02', 5.5),
  ];

  it('is the latest month of the plan year with any figure', () => {
    expect(defaultAsOfPeriod(values, 2024, '2024-07-15')).toBe('2024-05');
  });

  it('counts a judgement without a number as a figure', () => {
    const judgedOnly = [...values, record('foreign-capital-used', '2024-06', null, { judgement: 'onTrack' })];
    expect(defaultAsOfPeriod(judgedOnly, 2024, '2024-07-15')).toBe('2024-06');
  });

  it('leaves out figures for months after today', () => {
    expect(defaultAsOfPeriod(values, 2024, '2024-04-02')).toBe('2024-03');
  });

  it('leaves out figures of other years', () => {
    const withOtherYears = [...values, record('gdp', '2023-12', 6.1), record('gdp', '2025-01', 6.0)];
    expect(defaultAsOfPeriod(withOtherYears, 2024, '2024-07-01')).toBe('2024-05');
  });

  it('is today’s month while the plan year runs and nothing is reported', () => {
    expect(defaultAsOfPeriod([], 2024, '2024-08-31')).toBe('2024-08');
  });

  it('is January before the plan year and December after it when nothing is reported', () => {
    expect(defaultAsOfPeriod([], 2024, '2023-12-20')).toBe('2024-01');
    expect(defaultAsOfPeriod([], 2024, '2025-03-01')).toBe('2024-12');
  });

  it('is the year-end, December, once the plan year has ended, even when the last figure is October’s', () => {
    const untilOctober = [...values, record('gdp', '2024-10', 5.3)];
    expect(defaultAsOfPeriod(untilOctober, 2024, '2026-12-04')).toBe('2024-12');
  });

  it('falls back to today’s month when every figure is for a later month', () => {
    expect(defaultAsOfPeriod(values, 2024, '2024-01-31')).toBe('2024-01');
  });
});

describe('the months an as-of selector offers', () => {
  it('runs from January through the chosen month', () => {
    expect(periodsUpTo(2024, '2024-03')).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('offers the whole year for a month after it', () => {
    expect(periodsUpTo(2024, '2025-02')).toHaveLength(12);
  });
});

describe('the records known in a view', () => {
  const context = { year: 2024, asOfPeriod: '2024-04' };

  it('keeps one indicator’s records of the plan year up to the as-of month, in month order', () => {
    const values = [
      record('gdp', '2024-06', 6.0),
      record('gdp', '2024-03', 5.8),
      record('industry', '2024-03', 8.1),
      record('gdp', '2023-12', 6.3),
      record('gdp', '2024-01', 5.1),
    ];
    expect(recordsKnownAt('gdp', values, context).map((r) => r.period)).toEqual(['2024-01', '2024-03']);
  });

  it('keeps the later-recorded of two records for one month', () => {
    const values = [
      record('gdp', '2024-03', 5.8, { recordedAt: '2024-04-28T01:00:00.000Z', version: 2 }),
      record('gdp', '2024-03', 5.2),
    ];
    expect(recordsKnownAt('gdp', values, context).map((r) => r.value)).toEqual([5.8]);
  });

  it('reads the numbers out of records, skipping those without one', () => {
    const records = [
      record('gdp', '2024-01', 5.1),
      record('gdp', '2024-02', null),
      record('gdp', '2024-03', 5.8),
    ];
    expect(observationsOf(records)).toEqual([
      { period: '2024-01', value: 5.1 },
      { period: '2024-03', value: 5.8 },
    ]);
  });

  it('finds the latest observation at or before a month', () => {
    const observations = [
      { period: '2024-01', value: 5.1 },
      { period: '2024-03', value: 5.8 },
    ];
    expect(latestAtOrBefore(observations, '2024-02')).toEqual({ period: '2024-01', value: 5.1 });
    expect(latestAtOrBefore(observations, '2024-03')).toEqual({ period: '2024-03', value: 5.8 });
    expect(latestAtOrBefore(observations, '2023-12')).toBeNull();
  });
});
