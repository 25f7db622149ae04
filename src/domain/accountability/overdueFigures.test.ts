import { describe, expect, it } from 'vitest';
import { growthIndicator } from './accountabilityFixtures';
import { figuresOwedOf, overdueFiguresOf, overdueSummaryOf } from './overdueFigures';

const monthly = growthIndicator();
const quarterly = growthIndicator({ frequency: 'quarterly' });
const noPlanDueDay = { reportingDueDay: null };

describe('a missing figure is overdue (逾期未报) from the day after its due day, China date', () => {
  it('shows March missing on 13 April as three days late (due on the 10th)', () => {
    expect(overdueSummaryOf(monthly, noPlanDueDay, ['2024-03'], '2024-04-13')).toEqual({
      period: '2024-03',
      dueDate: '2024-04-10',
      daysLate: 3,
      count: 1,
    });
  });

  it('shows nothing on the due day itself, and one day late on the day after', () => {
    expect(overdueSummaryOf(monthly, noPlanDueDay, ['2024-03'], '2024-04-10')).toBeNull();
    expect(overdueSummaryOf(monthly, noPlanDueDay, ['2024-03'], '2024-04-11')?.daysLate).toBe(1);
  });

  it('gives a quarterly figure until the 15th after the quarter: the first quarter on 20 April is five days late', () => {
    expect(overdueSummaryOf(quarterly, noPlanDueDay, ['2024-03'], '2024-04-20')?.daysLate).toBe(5);
    expect(overdueSummaryOf(quarterly, noPlanDueDay, ['2024-03'], '2024-04-13')).toBeNull();
  });

  it('follows the due day the plan sets (the 20th): March is not late on 13 April', () => {
    expect(overdueSummaryOf(monthly, { reportingDueDay: 20 }, ['2024-03'], '2024-04-13')).toBeNull();
  });

  it('follows the indicator’s own due day over the plan’s', () => {
    const early = growthIndicator({ reportingDueDay: 5 });
    expect(overdueSummaryOf(early, { reportingDueDay: 20 }, ['2024-03'], '2024-04-13')?.daysLate).toBe(8);
  });

  it('leads with the figure late longest when February and March are both missing: 34 days, two periods', () => {
    expect(overdueSummaryOf(monthly, noPlanDueDay, ['2024-02', '2024-03'], '2024-04-13')).toEqual({
      period: '2024-02',
      dueDate: '2024-03-10',
      daysLate: 34,
      count: 2,
    });
  });

  it('never calls a figure the board computes from projects overdue, nor a retired indicator’s', () => {
    const derived = growthIndicator({ derivation: 'keyProjectStartRate' });
    expect(overdueFiguresOf(derived, noPlanDueDay, ['2024-03'], '2024-05-01')).toEqual([]);
    expect(
      overdueFiguresOf(growthIndicator({ retired: true }), noPlanDueDay, ['2024-03'], '2024-05-01'),
    ).toEqual([]);
  });
});

describe('the figures a department owes on a day', () => {
  it('on 5 April owes March (due in five days) and, with February missing, February 26 days late', () => {
    expect(figuresOwedOf(monthly, noPlanDueDay, 2024, new Set(['2024-01']), '2024-04-05')).toEqual({
      overdue: [{ period: '2024-02', dueDate: '2024-03-10', daysLate: 26 }],
      due: [{ period: '2024-03', dueDate: '2024-04-10', daysLeft: 5 }],
    });
  });

  it('owes nothing for a month that has not ended: April is not due on 30 April', () => {
    const reported = new Set(['2024-02', '2024-03']);
    expect(figuresOwedOf(monthly, noPlanDueDay, 2024, reported, '2024-04-30')).toEqual({
      overdue: [],
      due: [],
    });
  });

  it('owes nothing of a year whose December figure is in, though earlier months were never reported', () => {
    expect(figuresOwedOf(monthly, noPlanDueDay, 2024, new Set(['2024-12']), '2025-03-01')).toEqual({
      overdue: [],
      due: [],
    });
  });
});
