/**
 * The reporting calendar: by which day a period's figure is due, and whether a missing figure is
 * overdue (逾期未报) at a date, China time, and by how many days.
 *
 * A figure is due on a day of the month after its period ends (a quarter's figure is the figure of
 * its last month, so March's quarterly figure is due in April):
 * - monthly (and one-off) figures: the 10th of the next month;
 * - quarterly figures: the 15th of the month after the quarter;
 * - yearly figures: the 31st of January after the year (annual statistics come out later than
 *   monthly ones; the end of January gives the same room as the quarterly 15th and more).
 * A due day set on the indicator wins over one set on the plan, which wins over these defaults. A
 * due day past the end of a month falls on its last day (31 in April is 30 April; in February, the
 * 28th or 29th). The due day itself is not late: a figure missing at the end of the due day is
 * one day late on the next.
 */
import type { Frequency, Indicator, IsoDate, Period, Plan } from './model';
import { addMonths, monthOf, yearOf } from './period';

/** The default due day of the month after the period, by how often the indicator reports. */
export const defaultDueDays: Record<Frequency, number> = {
  monthly: 10,
  once: 10,
  quarterly: 15,
  yearly: 31,
};

/** The due days set by an admin: on the indicator, on its plan; null where not set. */
export interface DueDayOverrides {
  indicator: number | null;
  plan: number | null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date a period's figure is due. */
export function dueDateOf(frequency: Frequency, period: Period, overrides: DueDayOverrides): IsoDate {
  const day = overrides.indicator ?? overrides.plan ?? defaultDueDays[frequency];
  const next = addMonths(period, 1);
  const year = yearOf(next);
  const month = monthOf(next);
  const clamped = Math.min(Math.max(1, Math.trunc(day)), daysInMonth(year, month));
  return `${next}-${String(clamped).padStart(2, '0')}`;
}

function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export interface Lateness {
  overdue: boolean;
  /** Whole days past the due day (0 when not overdue). */
  daysLate: number;
  dueDate: IsoDate;
}

/**
 * Whether a period's figure is overdue on `today` (a China date, see todayInChina): only a missing
 * figure is; it is late from the day after the due day.
 */
export function latenessOf(
  frequency: Frequency,
  period: Period,
  overrides: DueDayOverrides,
  today: IsoDate,
  hasFigure: boolean,
): Lateness {
  const dueDate = dueDateOf(frequency, period, overrides);
  const daysLate = dayNumber(today) - dayNumber(dueDate);
  return hasFigure || daysLate <= 0
    ? { overdue: false, daysLate: 0, dueDate }
    : { overdue: true, daysLate, dueDate };
}

/** The due days an admin set on an indicator and on its plan (left out counts as not set). */
export function dueDayOverridesOf(
  indicator: Pick<Indicator, 'reportingDueDay'>,
  plan: Pick<Plan, 'reportingDueDay'> | null,
): DueDayOverrides {
  return { indicator: indicator.reportingDueDay ?? null, plan: plan?.reportingDueDay ?? null };
}
