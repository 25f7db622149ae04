/**
 * An indicator's target as a meeting reads it: the dated threshold in force (不低于7%（2024年12月31日前）),
 * or, for a milestone, a judged or a relative target, the plan's own words (成立, 量稳质升, 高于全省).
 */
import { formatThreshold, type FormatLocale } from '../../domain/format';
import type { Bilingual, Indicator, Threshold } from '../../domain/model';

/**
 * Whether a target reads best in the plan's own words: a milestone (成立), a judged target
 * (量稳质升), or a target relative to a yardstick (高于全省平均水平, 与经济增长同步), whose
 * thresholds hold only the margin over the yardstick, not a figure to reach.
 */
export function readsInPlanWords(indicator: Indicator): boolean {
  return indicator.kind === 'milestone' || indicator.kind === 'qualitative' || indicator.reference != null;
}

export function targetWords(
  indicator: Indicator,
  threshold: Threshold | null,
  locale: FormatLocale,
  pick: (text: Bilingual) => string,
): string {
  return !readsInPlanWords(indicator) && threshold
    ? formatThreshold(threshold, indicator, locale)
    : pick(indicator.targetText);
}
