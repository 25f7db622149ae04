import { describe, expect, it } from 'vitest';
import {
  asOfChoices,
  isPlanYearOver,
  missingPeriods,
  planYearOverNotice,
  reportingPeriods,
  validateAsOfPeriod,
} from './planYear';

describe('whether a plan year is over, in China time', () => {
  it('is not over at 23:59:59 on 31 December in Beijing and is over a second later', () => {
    expect(isPlanYearOver(2024, new Date('2024-12-31T15:59:59Z'))).toBe(false);
    expect(isPlanYearOver(2024, new Date('2024-12-31T16:00:00Z'))).toBe(true);
  });

  it('says so in both languages', () => {
    expect(planYearOverNotice(2024)).toEqual({ zh: '2024年度已结束', en: 'The 2024 plan year is over' });
  });
});

describe('the periods each rhythm reports', () => {
  it('are every month from February (1–2月 are published together), each quarter’s last month, or December alone', () => {
    expect(reportingPeriods('monthly', 2025)[0]).toBe('2025-02');
    expect(reportingPeriods('monthly', 2025)).toHaveLength(11);
    expect(reportingPeriods('quarterly', 2025)).toEqual(['2025-03', '2025-06', '2025-09', '2025-12']);
    expect(reportingPeriods('yearly', 2025)).toEqual(['2025-12']);
    expect(reportingPeriods('once', 2025)).toEqual([]);
  });

  it('shows as missing only those due by the as-of view and not reported', () => {
    const context = { year: 2025, asOfPeriod: '2025-07' };
    expect(missingPeriods('quarterly', [{ period: '2025-03' }], context)).toEqual(['2025-06']);
  });

  it('shows none once the year-end figure is in: a plan that reported only its annual figure owes no quarter', () => {
    const yearEnd = { year: 2025, asOfPeriod: '2025-12' };
    expect(missingPeriods('quarterly', [{ period: '2025-12' }], yearEnd)).toEqual([]);
    expect(missingPeriods('quarterly', [{ period: '2025-06' }], yearEnd)).toEqual([
      '2025-03',
      '2025-09',
      '2025-12',
    ]);
  });
});

describe('the as-of choices and their check', () => {
  it('run from January to December of the plan year', () => {
    const choices = asOfChoices(2025);
    expect(choices[0]).toBe('2025-01');
    expect(choices.at(-1)).toBe('2025-12');
    expect(choices).toHaveLength(12);
  });

  it('accept any month of the plan year', () => {
    expect(validateAsOfPeriod('2025-01', 2025)).toBeNull();
    expect(validateAsOfPeriod('2025-12', 2025)).toBeNull();
  });

  it('refuse 2030-01 for a 2025 plan, naming the field, the year and the allowed months', () => {
    expect(validateAsOfPeriod('2030-01', 2025)).toEqual({
      path: 'asOf',
      message: {
        zh: 'asOf 2030-01 不在计划年度（2025年）内，应在2025-01至2025-12之间',
        en: 'asOf 2030-01 is outside the plan year (2025); it must be from 2025-01 to 2025-12',
      },
    });
  });

  it('refuse a month that does not exist, with the allowed months', () => {
    expect(validateAsOfPeriod('2025-13', 2025)?.message.zh).toBe(
      'asOf 2025-13 不是有效的月份（格式为YYYY-MM），应在2025-01至2025-12之间',
    );
  });
});
