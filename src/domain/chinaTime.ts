/**
 * China Standard Time: UTC+8 all year, with no daylight saving. Every date, month end and
 * recorded-at time of the plan is read on China's clock, wherever the browser or server runs.
 * The one place that turns an instant into China's wall clock and back. Dates are ISO dates
 * (YYYY-MM-DD) as plain strings: this module sits below the model, which reads periods through it.
 */

export const chinaOffsetHours = 8;
const chinaOffsetMillis = chinaOffsetHours * 3_600_000;

/** China's wall clock at an instant: a Date whose UTC fields read what a clock in China shows. */
export function chinaWallClock(instant: Date | number): Date {
  return new Date((typeof instant === 'number' ? instant : instant.getTime()) + chinaOffsetMillis);
}

/** The instant (ms) at which China's wall clock shows the UTC fields of `wallClockMillis`. */
export function instantOfChinaWallClock(wallClockMillis: number): number {
  return wallClockMillis - chinaOffsetMillis;
}

/** The instant (ms) a day begins in China: 2024-03-01 → 2024-02-29T16:00:00Z. */
export function chinaDayStart(date: string): number {
  return instantOfChinaWallClock(Date.parse(`${date}T00:00:00Z`));
}

/** The date and the time to the second in China at an instant: { date: '2024-03-31', time: '23:59:30' }. */
export function chinaDateTime(instant: Date | number): { date: string; time: string } {
  const wallClock = chinaWallClock(instant).toISOString();
  return { date: wallClock.slice(0, 10), time: wallClock.slice(11, 19) };
}

/** China's zone by its IANA name, for Intl formatters. */
export const chinaTimeZone = 'Asia/Shanghai';
