/**
 * The unit a chart's value axis is read in (none for percents: their ticks carry the sign), and its
 * tick labels: amounts in 亿元 in Chinese and in billions of yuan in English, as formatValue writes them.
 */
import type { FormatLocale } from '../../domain/format';
import type { Unit } from '../../domain/model';

const unitWords: Record<Unit, Record<FormatLocale, string>> = {
  percent: { 'zh-CN': '', 'en-US': '' },
  yiYuan: { 'zh-CN': '亿元', 'en-US': 'bn yuan' },
  count: { 'zh-CN': '个', 'en-US': 'count' },
  rank: { 'zh-CN': '位次', 'en-US': 'rank' },
  measure: { 'zh-CN': '', 'en-US': '' },
  none: { 'zh-CN': '', 'en-US': '' },
};

export function chartUnitWord(unit: Unit, locale: FormatLocale): string {
  return unitWords[unit][locale];
}

export function axisTick(value: number, unit: Unit, locale: FormatLocale): string {
  if (unit === 'percent') return `${value}%`;
  if (unit === 'yiYuan' && locale === 'en-US') return String(Math.round(value * 10) / 100);
  return String(value);
}
