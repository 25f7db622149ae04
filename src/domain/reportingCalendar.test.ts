import { describe, expect, it } from 'vitest';
import { dueDateOf, dueDayOverridesOf, latenessOf } from './reportingCalendar';

const none = { indicator: null, plan: null };

describe('the reporting calendar', () => {
  it("makes a monthly figure due on the 10th of the next month, and December's in January", () => {
    expect(dueDateOf('monthly', '2024-03', none)).toBe('2024-04-10');
    expect(dueDateOf('monthly', '2024-12', none)).toBe('2025-01-10');
  });

  it('makes a quarterly figure due on the 15th after the quarter, and a yearly one on 31 January', () => {
    expect(dueDateOf('quarterly', '2024-03', none)).toBe('2024-04-15');
    expect(dueDateOf('quarterly', '2024-12', none)).toBe('2025-01-15');
    expect(dueDateOf('yearly', '2024-12', none)).toBe('2025-01-31');
  });

  it("takes the indicator's due day over the plan's, and the plan's over the default", () => {
    expect(dueDateOf('monthly', '2024-03', { indicator: null, plan: 5 })).toBe('2024-04-05');
    expect(dueDateOf('monthly', '2024-03', { indicator: 20, plan: 5 })).toBe('2024-04-20');
  });

  it('puts a due day of 31 on the last day of a shorter month, February of a leap year included', () => {
    expect(dueDateOf('monthly', '2024-03', { indicator: 31, plan: null })).toBe('2024-04-30');
    expect(dueDateOf('monthly', '2024-01', { indicator: 31, plan: null })).toBe('2024-02-29');
    expect(dueDateOf('monthly', '2025-01', { indicator: 30, plan: null })).toBe('2025-02-28');
  });

  it('does not count a missing figure late on its due day, and one day late the day after', () => {
    expect(latenessOf('monthly', '2024-03', none, '2024-04-10', false)).toEqual({
      overdue: false,
      daysLate: 0,
      dueDate: '2024-04-10',
    });
    expect(latenessOf('monthly', '2024-03', none, '2024-04-11', false)).toEqual({
      overdue: true,
      daysLate: 1,
      dueDate: '2024-04-10',
    });
  });

  it('counts days late across a month end and a year end, and never for a figure that is in', () => {
    expect(latenessOf('quarterly', '2024-03', none, '2024-05-01', false).daysLate).toBe(16);
    expect(latenessOf('monthly', '2024-11', none, '2025-01-02', false).daysLate).toBe(23);
    expect(latenessOf('monthly', '2024-11', none, '2025-01-02', true).overdue).toBe(false);
  });

  it('reads the due days set on an indicator and its plan, a day left out counting as not set', () => {
    expect(dueDayOverridesOf({ reportingDueDay: 20 }, { reportingDueDay: 5 })).toEqual({
      indicator: 20,
      plan: 5,
    });
    expect(dueDayOverridesOf({}, null)).toEqual(none);
  });
});
