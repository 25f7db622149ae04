import { describe, expect, it } from 'vitest';
import type { Indicator, Threshold } from './model';
import {
  expectedValue,
  isDue,
  plannedValueAt,
  scheduleProgress,
  sortedThresholds,
  thresholdInForce,
} from './schedule';

const yearEnd80: Threshold[] = [{ value: 80, comparator: 'gte', deadline: '2024-12-31' }];
const q1Threshold: Threshold = { value: 90, comparator: 'gt', deadline: '2024-03-31' };
const h1Threshold: Threshold = { value: 100, comparator: 'eq', deadline: '2024-06-30' };

type Scheduled = Pick<Indicator, 'kind' | 'thresholds' | 'plannedPath'>;
const scheduled = (
  kind: Indicator['kind'],
  thresholds: Threshold[],
  plannedPath: Scheduled['plannedPath'] = null,
): Scheduled => ({
  kind,
  thresholds,
  plannedPath,
});

describe('the pro-rata schedule (序时进度)', () => {
  it.each([
    ['2024-01', 80 / 12],
    ['2024-03', 20],
    ['2024-06', 40],
    ['2024-09', 60],
    ['2024-12', 80],
  ] as const)('expects 80 × m / 12 of an 80亿元 year-end target in %s: %s', (period, expected) => {
    expect(scheduleProgress(yearEnd80, period)).toBeCloseTo(expected, 9);
  });

  it('expects nothing before the year starts and the whole target after it ends', () => {
    expect(scheduleProgress(yearEnd80, '2023-12')).toBe(0);
    expect(scheduleProgress(yearEnd80, '2025-02')).toBe(80);
  });

  it('rises to the first deadline and then linearly by month between deadlines', () => {
    // Start rate: 90 by March (30, 60, 90), then 90 → 100 over April to June (93.33, 96.67, 100).
    const path = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'].map((p) =>
      scheduleProgress([h1Threshold, q1Threshold], p),
    );
    expect(path[0]).toBe(30);
    expect(path[1]).toBe(60);
    expect(path[2]).toBe(90);
    expect(path[3]).toBeCloseTo(93.333333333, 9);
    expect(path[4]).toBeCloseTo(96.666666667, 9);
    expect(path[5]).toBe(100);
    expect(path[6]).toBe(100);
  });

  it('has no schedule without thresholds', () => {
    expect(scheduleProgress([], '2024-03')).toBeNull();
  });
});

describe('deadlines', () => {
  it('orders thresholds by deadline without changing the given list', () => {
    const given = [h1Threshold, q1Threshold];
    expect(sortedThresholds(given)).toEqual([q1Threshold, h1Threshold]);
    expect(given).toEqual([h1Threshold, q1Threshold]);
  });

  it('makes a 2024-03-31 deadline due in the March view and every later one, not in February', () => {
    expect(isDue(q1Threshold, '2024-02')).toBe(false);
    expect(isDue(q1Threshold, '2024-03')).toBe(true);
    expect(isDue(q1Threshold, '2024-11')).toBe(true);
  });

  it('makes a mid-month deadline due in the view of its month', () => {
    expect(isDue({ value: 1, comparator: 'eq', deadline: '2024-03-15' }, '2024-03')).toBe(true);
  });

  it('keeps a threshold in force through its deadline month, then hands over to the next', () => {
    expect(thresholdInForce([h1Threshold, q1Threshold], '2024-01')).toEqual(q1Threshold);
    expect(thresholdInForce([h1Threshold, q1Threshold], '2024-03')).toEqual(q1Threshold);
    expect(thresholdInForce([h1Threshold, q1Threshold], '2024-04')).toEqual(h1Threshold);
    expect(thresholdInForce([h1Threshold, q1Threshold], '2024-06')).toEqual(h1Threshold);
  });

  it('keeps the last threshold in force once every deadline has passed', () => {
    expect(thresholdInForce([q1Threshold, h1Threshold], '2024-10')).toEqual(h1Threshold);
  });

  it('has no threshold in force without thresholds', () => {
    expect(thresholdInForce([], '2024-03')).toBeNull();
  });
});

describe('a planned path', () => {
  const quarterly = [
    { period: '2024-06', value: 35 },
    { period: '2024-03', value: 10 },
    { period: '2024-12', value: 80 },
  ];

  it('gives the last planned point at or before the month', () => {
    expect(plannedValueAt(quarterly, '2024-03')).toBe(10);
    expect(plannedValueAt(quarterly, '2024-05')).toBe(10);
    expect(plannedValueAt(quarterly, '2024-06')).toBe(35);
    expect(plannedValueAt(quarterly, '2024-11')).toBe(35);
    expect(plannedValueAt(quarterly, '2024-12')).toBe(80);
  });

  it('gives nothing before its first point', () => {
    expect(plannedValueAt(quarterly, '2024-02')).toBeNull();
  });
});

describe('the expected figure by kind', () => {
  it('expects the pro-rata share of a cumulative count', () => {
    // 年内投产项目40个以上: 40 × 6 / 12 = 20 by June.
    expect(
      expectedValue(
        scheduled('cumulativeCount', [{ value: 40, comparator: 'gte', deadline: '2024-12-31' }]),
        '2024-06',
      ),
    ).toBe(20);
  });

  it('expects a planned cumulative figure at 0 before the first planned point', () => {
    expect(
      expectedValue(scheduled('cumulativeAmount', yearEnd80, [{ period: '2024-03', value: 10 }]), '2024-02'),
    ).toBe(0);
    expect(
      expectedValue(scheduled('cumulativeAmount', yearEnd80, [{ period: '2024-03', value: 10 }]), '2024-04'),
    ).toBe(10);
  });

  it('expects a growth rate at its target, or at its planned path once that starts', () => {
    const growth = [{ value: 8, comparator: 'gte', deadline: '2024-12-31' } as const];
    expect(expectedValue(scheduled('growthRate', growth), '2024-02')).toBe(8);
    const planned = scheduled('growthRate', growth, [{ period: '2024-03', value: 7.5 }]);
    expect(expectedValue(planned, '2024-02')).toBe(8);
    expect(expectedValue(planned, '2024-04')).toBe(7.5);
  });

  it('expects a rank at the target rank', () => {
    expect(
      expectedValue(scheduled('rank', [{ value: 1, comparator: 'eq', deadline: '2024-12-31' }]), '2024-05'),
    ).toBe(1);
  });

  it('expects a milestone done only from its deadline month', () => {
    const byJune: Threshold[] = [{ value: 1, comparator: 'eq', deadline: '2024-06-30' }];
    expect(expectedValue(scheduled('milestone', byJune), '2024-05')).toBeNull();
    expect(expectedValue(scheduled('milestone', byJune), '2024-06')).toBe(1);
    expect(expectedValue(scheduled('milestone', byJune), '2024-11')).toBe(1);
    const committee = scheduled('milestone', byJune, [{ period: '2024-04', value: 1 }]);
    expect(expectedValue(committee, '2024-03')).toBe(0);
    expect(expectedValue(committee, '2024-04')).toBe(1);
  });

  it('expects nothing of a qualitative indicator', () => {
    expect(expectedValue(scheduled('qualitative', []), '2024-05')).toBeNull();
  });
});
