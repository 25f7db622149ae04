/**
 * Overdue figures (逾期未报) and figures coming due (待报送): which reporting periods of an
 * indicator have no figure once their due day has passed, and by how many days, on a China date.
 *
 * - Only a reporting period of the indicator's rhythm counts (planYear.ts `reportingPeriods`), and
 *   only while it has no figure; its due date is the reporting calendar's (reportingCalendar.ts).
 * - A screen passes the periods its view already finds missing (Evaluation.missingPeriods, the
 *   periods up to its as-of month): a figure is overdue there from the day after its due day.
 * - Once the year-end figure is in, the year is settled: periods left out before it are no longer
 *   owed (planYear.ts `periodsOwed`).
 * - A figure the board computes itself (from the project registry) is never owed by anyone, nor is
 *   a retired indicator's.
 * - Of several overdue periods the one late longest leads: 逾期未报 · 逾期40天 (共2期).
 */
import type { Indicator, IsoDate, Period, Plan } from '../model';
import { comparePeriods, periodEndDate } from '../period';
import { periodsOwed } from '../planYear';
import { dueDayOverridesOf, latenessOf } from '../reportingCalendar';

export interface OverdueFigure {
  period: Period;
  dueDate: IsoDate;
  /** Whole days past the due day, at least 1. */
  daysLate: number;
}

/** A period that has ended, whose figure is not in yet and not yet late. */
export interface FigureDue {
  period: Period;
  dueDate: IsoDate;
  /** Whole days left until the due day; 0 on the due day itself. */
  daysLeft: number;
}

type Owed = Pick<Indicator, 'frequency' | 'reportingDueDay' | 'derivation' | 'retired'>;
type PlanDueDay = Pick<Plan, 'reportingDueDay'> | null;

/** Whether anyone owes this indicator's figures: not when the board computes them or it is retired. */
export function isReportedByDepartment(indicator: Pick<Indicator, 'derivation' | 'retired'>): boolean {
  return indicator.derivation === null && !indicator.retired;
}

/** The missing periods overdue on `today`, the longest late first. */
export function overdueFiguresOf(
  indicator: Owed,
  plan: PlanDueDay,
  missingPeriods: readonly Period[],
  today: IsoDate,
): OverdueFigure[] {
  if (!isReportedByDepartment(indicator)) return [];
  const overrides = dueDayOverridesOf(indicator, plan);
  return missingPeriods
    .map((period) => ({ period, lateness: latenessOf(indicator.frequency, period, overrides, today, false) }))
    .filter(({ lateness }) => lateness.overdue)
    .map(({ period, lateness }) => ({ period, dueDate: lateness.dueDate, daysLate: lateness.daysLate }))
    .sort((a, b) => b.daysLate - a.daysLate || comparePeriods(a.period, b.period));
}

/** What a screen shows of an indicator's overdue figures: the one late longest and how many there are. */
export interface OverdueSummary extends OverdueFigure {
  count: number;
}

export function overdueSummaryOf(
  indicator: Owed,
  plan: PlanDueDay,
  missingPeriods: readonly Period[],
  today: IsoDate,
): OverdueSummary | null {
  const overdue = overdueFiguresOf(indicator, plan, missingPeriods, today);
  const first = overdue[0];
  return first ? { ...first, count: overdue.length } : null;
}

function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * Every figure of the plan year a department owes on `today`: overdue ones (their due day passed)
 * and due ones (the period has ended, the due day has not passed). `reported` are the periods that
 * have a figure.
 */
export function figuresOwedOf(
  indicator: Owed,
  plan: PlanDueDay,
  year: number,
  reported: ReadonlySet<Period>,
  today: IsoDate,
): { overdue: OverdueFigure[]; due: FigureDue[] } {
  if (!isReportedByDepartment(indicator)) return { overdue: [], due: [] };
  const ended = periodsOwed(indicator.frequency, year, reported).filter(
    (period) => periodEndDate(period) < today,
  );
  const overdue = overdueFiguresOf(indicator, plan, ended, today);
  const late = new Set(overdue.map((figure) => figure.period));
  const overrides = dueDayOverridesOf(indicator, plan);
  const due = ended
    .filter((period) => !late.has(period))
    .map((period) => {
      const { dueDate } = latenessOf(indicator.frequency, period, overrides, today, false);
      return { period, dueDate, daysLeft: dayNumber(dueDate) - dayNumber(today) };
    });
  return { overdue, due };
}
