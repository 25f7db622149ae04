/**
 * Periods are calendar months (`YYYY-MM`). Cumulative figures for a period run from January
 * through the end of that month (累计). Month ends and today are China's (chinaTime.ts).
 */
import { chinaDateTime, instantOfChinaWallClock } from './chinaTime';
import type { IsoDate, Period } from './model';

/** The shape of every period: `YYYY-MM`, the month from 01 to 12. */
export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `text` is a period (`2024-03`). */
export function isPeriod(text: unknown): text is Period {
  return typeof text === 'string' && periodPattern.test(text);
}

export function periodOf(year: number, month: number): Period {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function yearOf(period: Period): number {
  return Number(period.slice(0, 4));
}

/** 1 for January … 12 for December. */
export function monthOf(period: Period): number {
  return Number(period.slice(5, 7));
}

export function periodsOfYear(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => periodOf(year, i + 1));
}

export function addMonths(period: Period, months: number): Period {
  const index = yearOf(period) * 12 + monthOf(period) - 1 + months;
  return periodOf(Math.floor(index / 12), (index % 12) + 1);
}

export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last day of the month, e.g. 2024-02 → 2024-02-29. */
export function periodEndDate(period: Period): IsoDate {
  const lastDay = new Date(Date.UTC(yearOf(period), monthOf(period), 0)).getUTCDate();
  return `${period}-${String(lastDay).padStart(2, '0')}`;
}

/** The period a date falls in. */
export function periodOfDate(date: IsoDate): Period {
  return date.slice(0, 7);
}

/** The last instant of the month in China time, as an ISO string: the as-of cut-off. */
export function periodCutoff(period: Period): string {
  const nextMonthStart = instantOfChinaWallClock(Date.UTC(yearOf(period), monthOf(period), 1));
  return new Date(nextMonthStart - 1).toISOString();
}

/** Today's date in China time. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return chinaDateTime(now).date;
}

/** Whole months from `from` to `to`: 2024-01 → 2024-03 is 2; negative when `to` is earlier. */
export function monthsBetween(from: Period, to: Period): number {
  return (yearOf(to) - yearOf(from)) * 12 + monthOf(to) - monthOf(from);
}
