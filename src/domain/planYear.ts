/**
 * The plan year as a calendar: which periods are reported under each rhythm, which figure is the
 * year-end one, whether the year is over, and which as-of months a view may stand at.
 */
import type { Bilingual, Frequency, Indicator, IndicatorValue, Period, Threshold } from './model';
import type { EvaluationContext } from './evaluation';
import {
  comparePeriods,
  monthOf,
  periodOf,
  periodOfDate,
  periodsOfYear,
  todayInChina,
  yearOf,
} from './period';

/**
 * The periods a rhythm reports in a year: every month from February (cumulative figures for January
 * and February are published together as 1–2月), each quarter's last month (Q4 is YYYY-12), December
 * alone, or none for a one-off. A January figure, where one is entered, still counts.
 */
export function reportingPeriods(frequency: Frequency, year: number): Period[] {
  switch (frequency) {
    case 'monthly':
      return periodsOfYear(year).slice(1);
    case 'quarterly':
      return [3, 6, 9, 12].map((month) => periodOf(year, month));
    case 'yearly':
      return [periodOf(year, 12)];
    case 'once':
      return [];
  }
}

/** The period whose figure is the year's final one: December, Q4 or the annual figure, all YYYY-12. */
export function yearEndPeriod(year: number): Period {
  return periodOf(year, 12);
}

/**
 * Whether a threshold is a year-end target judged only on the year-end figure: due in December,
 * for an indicator reported by a rhythm (a one-off milestone is done whenever it is done).
 */
export function isYearEndThreshold(indicator: Pick<Indicator, 'frequency'>, threshold: Threshold): boolean {
  return indicator.frequency !== 'once' && monthOf(periodOfDate(threshold.deadline)) === 12;
}

/**
 * The reporting periods of `year` still owed, given the periods that have a figure: those with
 * none, until the year-end figure is in. The year-end figure settles the year (its verdict comes
 * from it alone), so a month or quarter left out before it is no longer chased.
 */
export function periodsOwed(frequency: Frequency, year: number, reported: ReadonlySet<Period>): Period[] {
  if (reported.has(yearEndPeriod(year))) return [];
  return reportingPeriods(frequency, year).filter((period) => !reported.has(period));
}

/**
 * The reporting periods of the plan year up to the as-of view with no record (numeric or judged):
 * what a screen shows as 未报送. `records` are one indicator's records known at the view. Once the
 * year-end figure is known, none are.
 */
export function missingPeriods(
  frequency: Frequency,
  records: readonly Pick<IndicatorValue, 'period'>[],
  context: EvaluationContext,
): Period[] {
  const reported = new Set(records.map((r) => r.period));
  return periodsOwed(frequency, context.year, reported).filter(
    (period) => comparePeriods(period, context.asOfPeriod) <= 0,
  );
}

/** Whether the plan year has ended at `now`, in China time: 2024's is over from 2025-01-01 00:00 CST. */
export function isPlanYearOver(year: number, now: Date = new Date()): boolean {
  return yearOf(periodOfDate(todayInChina(now))) > year;
}

/** "2024年度已结束" / "The 2024 plan year is over". */
export function planYearOverNotice(year: number): Bilingual {
  return { zh: `${year}年度已结束`, en: `The ${year} plan year is over` };
}

/** The months an as-of view may stand at: January through December of the plan year. */
export function asOfChoices(year: number): Period[] {
  return periodsOfYear(year);
}

/** A problem with one field of a request or a definition, in both languages. */
export interface FieldProblem {
  /** Where the problem is: `asOf`, `thresholds.1.valueMax`, `reference.indicatorId`. */
  path: string;
  message: Bilingual;
}

const periodPattern = /^(\d{4})-(\d{2})$/;

/**
 * Whether a period is a month of the plan year; null when it is. `field` names the field in the
 * message: asOf 2030-01 for a 2025 plan reads "asOf 2030-01 不在计划年度（2025年）内，应在2025-01至2025-12之间".
 */
export function periodProblem(period: string, year: number, field = 'asOf'): FieldProblem | null {
  const range = { zh: `应在${year}-01至${year}-12之间`, en: `it must be from ${year}-01 to ${year}-12` };
  const match = periodPattern.exec(period);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    return {
      path: field,
      message: {
        zh: `${field} ${period} 不是有效的月份（格式为YYYY-MM），${range.zh}`,
        en: `${field} ${period} is not a valid month (YYYY-MM); ${range.en}`,
      },
    };
  }
  if (Number(match[1]) !== year) {
    return {
      path: field,
      message: {
        zh: `${field} ${period} 不在计划年度（${year}年）内，${range.zh}`,
        en: `${field} ${period} is outside the plan year (${year}); ${range.en}`,
      },
    };
  }
  return null;
}

/** The as-of check the routes use: null inside the plan year, else the problem naming `asOf` and the year. */
export function validateAsOfPeriod(period: string, year: number): FieldProblem | null {
  return periodProblem(period, year, 'asOf');
}
