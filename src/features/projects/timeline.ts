/**
 * The portfolio's timeline: per month of the plan year, how many projects started, went into
 * production and were completed, and how many had started by the month's end.
 */
import type { Period } from '../../domain/model';
import { monthOf, periodOfDate, periodsOfYear, yearOf } from '../../domain/period';
import type { ProjectRow } from '../../domain/projects/portfolio';

export interface TimelineMonth {
  period: Period;
  starts: number;
  production: number;
  completions: number;
  cumulativeStarts: number;
}

export interface Timeline {
  months: TimelineMonth[];
  /** Projects that had started before the plan year (counted in every cumulative figure). */
  startedBeforeYear: number;
}

/** The start-rate deadlines (03-31, 06-30) and the year end (12-31), as the months they close. */
export const deadlineMonths = [
  { month: 3, key: 'q1' },
  { month: 6, key: 'h1' },
  { month: 12, key: 'yearEnd' },
] as const;

export function portfolioTimeline(rows: readonly ProjectRow[], year: number): Timeline {
  const months = periodsOfYear(year).map((period) => ({
    period,
    starts: 0,
    production: 0,
    completions: 0,
    cumulativeStarts: 0,
  }));
  const monthIn = (date: string | null) => {
    if (date === null) return null;
    const period = periodOfDate(date);
    return yearOf(period) === year ? (months[monthOf(period) - 1] ?? null) : null;
  };
  let startedBeforeYear = 0;
  for (const row of rows) {
    const started = monthIn(row.startedOn);
    if (started) started.starts += 1;
    else if (row.startedOn !== null && yearOf(periodOfDate(row.startedOn)) < year) startedBeforeYear += 1;
    // Urban works go from started straight to completed: only key projects go into production.
    const producing = row.kind === 'industrial' ? monthIn(row.inProductionOn) : null;
    if (producing) producing.production += 1;
    const completed = monthIn(row.completedOn);
    if (completed) completed.completions += 1;
  }
  let cumulative = startedBeforeYear;
  for (const month of months) {
    cumulative += month.starts;
    month.cumulativeStarts = cumulative;
  }
  return { months, startedBeforeYear };
}
