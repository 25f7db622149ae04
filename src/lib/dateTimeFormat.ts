/**
 * Dates and times as the screens show them, through the browser's Intl formatters, in China time
 * whatever the browser's zone (figures themselves use src/domain/format.ts). A formatter is costly
 * to build, so each locale and style is built once.
 */
import { chinaTimeZone } from '../domain/chinaTime';
import type { Period } from '../domain/model';
import { monthOf } from '../domain/period';
import type { Locale } from '../i18n/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let built = formatters.get(key);
  if (!built) {
    built = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, built);
  }
  return built;
}

/** A moment with its date and time of day in China: 2024年3月31日 23:59 / Mar 31, 2024, 11:59 PM. */
export function formatChinaDateTime(
  instant: Date | string,
  locale: Locale,
  dateStyle: 'short' | 'medium' | 'long' = 'medium',
): string {
  return formatter(locale, { dateStyle, timeStyle: 'short', timeZone: chinaTimeZone }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
}

/** The time of day in China, hours and minutes on a 24-hour clock: 09:05. */
export function formatChinaClock(instant: Date, locale: Locale): string {
  return formatter(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: chinaTimeZone,
  }).format(instant);
}

/** A month's short name for a chart's axis: 3月 / Mar. */
export function shortMonthName(period: Period, locale: Locale): string {
  // The 15th at noon UTC is the same month in every zone; the year does not change the name.
  return formatter(locale, { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, monthOf(period) - 1, 15, 12),
  );
}
