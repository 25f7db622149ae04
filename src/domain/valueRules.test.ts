import { describe, expect, it } from 'vitest';
import type { Indicator } from './model';
import { checkFigure, checkPeriod, parseTypedNumber } from './valueRules';

type RuleIndicator = Pick<Indicator, 'kind' | 'derivation'>;
const today = '2025-06-15';
const of = (kind: Indicator['kind'], derivation: Indicator['derivation'] = null): RuleIndicator => ({
  kind,
  derivation,
});

describe('the rules for a typed-in figure', () => {
  it('accept a growth rate between −50% and 200%, and refuse 500%', () => {
    expect(checkFigure(of('growthRate'), { value: -3.2 }, today)).toEqual([]);
    expect(checkFigure(of('growthRate'), { value: 500 }, today)).toEqual([
      { field: 'value', rule: 'outOfRange', min: -50, max: 200 },
    ]);
  });

  it('keep a deadline rate within 0…100%', () => {
    expect(checkFigure(of('deadlineRate'), { value: 100 }, today)).toEqual([]);
    expect(checkFigure(of('deadlineRate'), { value: 100.5 }, today)[0]?.rule).toBe('outOfRange');
    expect(checkFigure(of('deadlineRate'), { value: -1 }, today)[0]?.rule).toBe('outOfRange');
  });

  it('want counts whole and not negative', () => {
    expect(checkFigure(of('cumulativeCount'), { value: 12 }, today)).toEqual([]);
    expect(checkFigure(of('cumulativeCount'), { value: 1.5 }, today)).toEqual([
      { field: 'value', rule: 'wholeNumber' },
    ]);
    expect(checkFigure(of('cumulativeCount'), { value: -1 }, today)[0]?.rule).toBe('outOfRange');
  });

  it('take decimals for a count in the unit the plan writes (城镇新增就业7.7万人), not for one of things', () => {
    const jobs = { ...of('cumulativeCount'), unit: 'measure' as const };
    expect(checkFigure(jobs, { value: 8.1 }, today)).toEqual([]);
    expect(checkFigure(jobs, { value: -0.1 }, today)[0]?.rule).toBe('outOfRange');
    expect(checkFigure({ ...of('cumulativeCount'), unit: 'count' }, { value: 8.1 }, today)).toEqual([
      { field: 'value', rule: 'wholeNumber' },
    ]);
  });

  it('want amounts not negative and ranks whole from 1', () => {
    expect(checkFigure(of('cumulativeAmount'), { value: 12.35 }, today)).toEqual([]);
    expect(checkFigure(of('cumulativeAmount'), { value: -0.1 }, today)[0]?.rule).toBe('outOfRange');
    expect(checkFigure(of('rank'), { value: 0 }, today)[0]?.rule).toBe('outOfRange');
    expect(checkFigure(of('rank'), { value: 2.5 }, today)[0]?.rule).toBe('wholeNumber');
    expect(checkFigure(of('rank'), { value: 3 }, today)).toEqual([]);
  });

  it('require a number for measured kinds', () => {
    expect(checkFigure(of('growthRate'), { value: null }, today)).toEqual([
      { field: 'value', rule: 'required' },
    ]);
  });

  it('refuse any figure for an indicator derived from the project registry', () => {
    expect(checkFigure(of('cumulativeCount', 'newBillionProjects'), { value: 3 }, today)).toEqual([
      { field: 'value', rule: 'derived' },
    ]);
  });

  it('want a judgement for a qualitative indicator, and none for the others', () => {
    expect(checkFigure(of('qualitative'), { value: null, judgement: 'onTrack' }, today)).toEqual([]);
    expect(checkFigure(of('qualitative'), { value: 3.1 }, today)).toEqual([
      { field: 'judgement', rule: 'judgementRequired' },
    ]);
    expect(checkFigure(of('growthRate'), { value: 3, judgement: 'behind' }, today)).toEqual([
      { field: 'judgement', rule: 'judgementNotAllowed' },
    ]);
  });

  it('want a milestone done (1) with the day it was achieved, not after today', () => {
    expect(checkFigure(of('milestone'), { value: 1, achievedOn: '2024-05-20' }, today)).toEqual([]);
    expect(checkFigure(of('milestone'), { value: 0 }, today)).toEqual([]);
    expect(checkFigure(of('milestone'), { value: 2 }, today)[0]?.rule).toBe('milestoneFlag');
    expect(checkFigure(of('milestone'), { value: 1 }, today)[0]?.rule).toBe('achievedOnRequired');
    expect(checkFigure(of('milestone'), { value: 0, achievedOn: '2024-05-20' }, today)[0]?.rule).toBe(
      'achievedOnNotAllowed',
    );
    expect(checkFigure(of('milestone'), { value: 1, achievedOn: '2025-07-01' }, today)[0]?.rule).toBe(
      'achievedOnInFuture',
    );
  });
});

describe('the rules for a period', () => {
  const monthly = { frequency: 'monthly' } as const;

  it('allow every month of a past plan year', () => {
    expect(checkPeriod(monthly, '2024-12', 2024, today)).toBeNull();
    expect(checkPeriod(monthly, '2024-01', 2024, today)).toBeNull();
  });

  it('refuse a month outside the plan year', () => {
    expect(checkPeriod(monthly, '2025-01', 2024, today)).toEqual({
      field: 'period',
      rule: 'periodOutsidePlanYear',
    });
  });

  it('allow the current month and refuse a later one', () => {
    expect(checkPeriod(monthly, '2025-06', 2025, today)).toBeNull();
    expect(checkPeriod(monthly, '2025-07', 2025, today)).toEqual({ field: 'period', rule: 'periodInFuture' });
  });

  it('allow quarterly figures at quarter ends only, and yearly ones in December', () => {
    expect(checkPeriod({ frequency: 'quarterly' }, '2024-06', 2024, today)).toBeNull();
    expect(checkPeriod({ frequency: 'quarterly' }, '2024-05', 2024, today)?.rule).toBe('periodOffRhythm');
    expect(checkPeriod({ frequency: 'yearly' }, '2024-11', 2024, today)?.rule).toBe('periodOffRhythm');
  });
});

describe('reading a typed number', () => {
  it('accepts separators, full-width digits, a true minus and a trailing percent sign', () => {
    expect(parseTypedNumber(' 1,234.5 ')).toBe(1234.5);
    expect(parseTypedNumber('１２．５')).toBe(12.5);
    expect(parseTypedNumber('−3.2')).toBe(-3.2);
    expect(parseTypedNumber('6.5%')).toBe(6.5);
  });

  it('reads empty text as no figure and words as invalid', () => {
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('abc')).toBe('invalid');
    expect(parseTypedNumber('1.2.3')).toBe('invalid');
  });
});
