/** When a figure was entered, in China time: 2024年3月31日 23:59 / 31 Mar 2024 23:59. */
import { formatDate, type FormatLocale } from '../domain/format';
import { chinaDateTime } from '../domain/chinaTime';

export function formatRecordedAt(recordedAt: string, locale: FormatLocale): string {
  const instant = new Date(recordedAt);
  if (Number.isNaN(instant.getTime())) return recordedAt;
  const { date, time } = chinaDateTime(instant);
  return `${formatDate(date, locale)} ${time.slice(0, 5)}`;
}
