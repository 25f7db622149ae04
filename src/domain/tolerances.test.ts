import { describe, expect, it } from 'vitest';
import {
  advantage,
  compareFigures,
  defaultCumulativeTolerances,
  defaultRateTolerances,
  roundFigure,
  satisfies,
  tolerancesFor,
} from './tolerances';

describe('exact comparison of figures', () => {
  it('treats 6.1 − 1 and 5.1 as the same figure', () => {
    expect(compareFigures(6.1 - 1, 5.1)).toBe(0);
    expect(compareFigures(0.1 + 0.2, 0.3)).toBe(0);
  });

  it('still tells apart figures one hundredth apart', () => {
    expect(compareFigures(4.99, 5)).toBe(-1);
    expect(compareFigures(5.01, 5)).toBe(1);
  });

  it.each([
    [90.0, 'gt', 90, false],
    [90.1, 'gt', 90, true],
    [10, 'gte', 10, true],
    [9, 'gte', 10, false],
    [100, 'eq', 100, true],
    [99.9, 'eq', 100, false],
    [3, 'lte', 3, true],
    [4, 'lte', 3, false],
    [2.99, 'lt', 3, true],
    [3, 'lt', 3, false],
  ] as const)('%s %s %s holds: %s', (actual, comparator, value, holds) => {
    expect(satisfies(actual, { comparator, value }, 'percent')).toBe(holds);
  });

  it('reads 0.1 + 0.2 as equal to a target of 0.3', () => {
    expect(satisfies(0.1 + 0.2, { comparator: 'eq', value: 0.3 }, 'none')).toBe(true);
  });
});

describe('rounding computed figures', () => {
  it('rounds to nine decimals and never gives negative zero', () => {
    expect(roundFigure((100 * 7) / 12)).toBe(58.333333333);
    expect(roundFigure(5.99 - 6)).toBe(-0.01);
    expect(Object.is(roundFigure(-1e-12), 0)).toBe(true);
  });
});

describe('direction', () => {
  it('measures how much better a figure is in the indicator direction', () => {
    expect(advantage(7, 6, 'higherIsBetter')).toBe(1);
    expect(advantage(2, 1, 'lowerIsBetter')).toBe(-1);
  });
});

describe('the tolerances of an indicator', () => {
  it('defaults to percentage points for rates and shares of the schedule for cumulative figures', () => {
    expect(tolerancesFor({ kind: 'growthRate', tolerances: null })).toEqual({ attention: 0, behind: 1 });
    expect(tolerancesFor({ kind: 'deadlineRate', tolerances: null })).toBe(defaultRateTolerances);
    expect(tolerancesFor({ kind: 'cumulativeAmount', tolerances: null })).toEqual({
      attention: 1,
      behind: 0.9,
    });
    expect(tolerancesFor({ kind: 'cumulativeCount', tolerances: null })).toBe(defaultCumulativeTolerances);
  });

  it('takes the indicator override', () => {
    expect(tolerancesFor({ kind: 'growthRate', tolerances: { attention: 0.5, behind: 2 } })).toEqual({
      attention: 0.5,
      behind: 2,
    });
  });
});
