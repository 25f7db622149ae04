/** When a figure was entered, in China time: 2024年3月31日 23:59 / 31 Mar 2024 23:59. */
import { formatDate, type FormatLocale } from '../domain/format';
import { chinaOffsetHours } from '../domain/period';

export function formatRecordedAt(recordedAt: string, locale: FormatLocale): string {
  const instant = new Date(recordedAt);
  if (Number.isNaN(instant.getTime())) return recordedAt;
  const chinaTime = new Date(instant.getTime() + chinaOffsetHours * 3600_000).toISOString();
  return `${formatDate(chinaTime.slice(0, 10), locale)} ${chinaTime.slice(11, 16)}`;
}
