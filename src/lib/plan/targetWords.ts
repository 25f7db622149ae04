/**
 * An indicator's target as a meeting reads it: the dated threshold in force (不低于7%（2024年12月31日前）),
 * or, for a milestone or a judged target, the plan's own words (成立, 量稳质升).
 */
import { formatThreshold, type FormatLocale } from '../../domain/format';
import type { Bilingual, Indicator, Threshold } from '../../domain/model';

export function targetWords(
  indicator: Indicator,
  threshold: Threshold | null,
  locale: FormatLocale,
  pick: (text: Bilingual) => string,
): string {
  const measured = indicator.kind !== 'milestone' && indicator.kind !== 'qualitative';
  return measured && threshold ? formatThreshold(threshold, indicator, locale) : pick(indicator.targetText);
}
