/**
 * One way to write a gap, as officials write it, for every screen, brief, slide, snapshot and
 * export:
 *
 * - A cumulative amount or count against its annual plan: 完成年度计划37.5%，低于时间进度4.2个百分点.
 *   The completion rate is the figure over the year's target; the time progress (时间进度, 序时进度)
 *   is where the schedule stands over the same target (5/12 = 41.7% at the end of May for a target
 *   due in December). As published reports do, the completion rate is rounded to the decimals it is
 *   printed with before the time progress is taken from it.
 * - A rate (增速, 开工率): the difference in 百分点, against the target (高于目标0.5个百分点) or, for a
 *   rate with a dated schedule, against the schedule (低于序时进度3.3个百分点).
 * - A milestone: its word (已完成 / 尚未完成).
 * - A rank: places (比目标靠前2名, 达到目标位次).
 *
 * Pure and browser-safe.
 */
import type { Evaluation } from './evaluation';
import { fixedMagnitude, formatValue, type FormatLocale } from './format';
import type { Indicator } from './model';
import { sortedThresholds } from './schedule';

/** The arithmetic behind 完成年度计划X%，超/低于时间进度Y个百分点, in percent. */
export interface AnnualPlanProgress {
  /** The figure over the annual target, rounded to the printed decimals. */
  completionPercent: number;
  /** Where the schedule stands over the annual target. */
  timeProgressPercent: number;
  /** completion − time progress, rounded to the printed decimals: above 0 is ahead of time. */
  gapPoints: number;
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  // The small offset keeps 4.25 → 4.3 although 4.25 is stored as 4.2499999….
  return Math.round(value * scale + Math.sign(value) * 1e-9) / scale;
}

/**
 * 完成年度计划 and 时间进度 from a figure, where the schedule says it should be, and the annual
 * target. 30亿元 done by May of an 80亿元 plan: 37.5%, time progress 41.7%, gap −4.2.
 */
export function annualPlanProgress(
  actual: number,
  expected: number,
  annualTarget: number,
  decimals = 1,
): AnnualPlanProgress | null {
  if (!(annualTarget > 0)) return null;
  const completionPercent = roundTo((actual / annualTarget) * 100, decimals);
  const timeProgressPercent = (expected / annualTarget) * 100;
  return {
    completionPercent,
    timeProgressPercent,
    gapPoints: roundTo(completionPercent - timeProgressPercent, decimals),
  };
}

/** Time progress at the end of a month for a target due in December: 5 → 41.7. */
export function timeProgressAtMonth(month: number): number {
  return (month / 12) * 100;
}

/** 完成年度计划37.5%，低于时间进度4.2个百分点 / 37.5% of the annual plan, 4.2 pp behind time. */
export function annualPlanWords(progress: AnnualPlanProgress, locale: FormatLocale, decimals = 1): string {
  const done = fixedMagnitude(progress.completionPercent, decimals);
  const points = fixedMagnitude(progress.gapPoints, decimals);
  if (locale === 'zh-CN') {
    const lead = `完成年度计划${done}%`;
    if (progress.gapPoints === 0) return `${lead}，与时间进度持平`;
    return `${lead}，${progress.gapPoints > 0 ? '超' : '低于'}时间进度${points}个百分点`;
  }
  const lead = `${done}% of the annual plan`;
  if (progress.gapPoints === 0) return `${lead}, level with time`;
  return `${lead}, ${points} pp ${progress.gapPoints > 0 ? 'ahead of' : 'behind'} time`;
}

/** 高于目标0.5个百分点 / 0.5 pp above target; against the schedule for a rate with dated thresholds. */
export function ratePointsWords(
  points: number,
  against: 'target' | 'schedule',
  locale: FormatLocale,
  decimals = 1,
): string {
  const rounded = roundTo(points, decimals);
  const size = fixedMagnitude(rounded, decimals);
  if (locale === 'zh-CN') {
    const yardstick = against === 'target' ? '目标' : '序时进度';
    if (rounded === 0) return `与${yardstick}持平`;
    return `${rounded > 0 ? '高于' : '低于'}${yardstick}${size}个百分点`;
  }
  const yardstick = against === 'target' ? 'target' : 'schedule';
  if (rounded === 0) return `level with ${yardstick}`;
  return `${size} pp ${rounded > 0 ? 'above' : 'below'} ${yardstick}`;
}

/** 比目标靠前2名 / 2 places better than target; a rank's gap is actual − expected, fewer is better. */
export function rankPlacesWords(places: number, locale: FormatLocale): string {
  const count = Math.abs(Math.round(places));
  if (locale === 'zh-CN') {
    if (count === 0) return '达到目标位次';
    return places < 0 ? `比目标靠前${count}名` : `比目标靠后${count}名`;
  }
  if (count === 0) return 'at the target place';
  const noun = count === 1 ? 'place' : 'places';
  return places < 0 ? `${count} ${noun} better than target` : `${count} ${noun} short of target`;
}

/** 已完成 / 尚未完成. */
export function milestoneWords(done: boolean, locale: FormatLocale): string {
  if (locale === 'zh-CN') return done ? '已完成' : '尚未完成';
  return done ? 'done' : 'not done yet';
}

/** The year's target: the last threshold's value (the one due at the end of the year). */
function annualTargetOf(indicator: Indicator): number | null {
  return sortedThresholds(indicator.thresholds).at(-1)?.value ?? null;
}

/** What the words need of an evaluation (a snapshot's standing carries the same). */
export type GapStanding = Pick<Evaluation, 'actual' | 'expected' | 'judged'> & {
  position?: Evaluation['position'];
};

/**
 * The gap of one evaluated indicator in officials' words, or null when there is nothing to say
 * (no figure yet, a qualitative target, a relative target — whose words are its position).
 */
export function gapWords(indicator: Indicator, standing: GapStanding, locale: FormatLocale): string | null {
  if (standing.judged || standing.position?.kind === 'relative') return null;
  const { actual, expected } = standing;
  if (indicator.kind === 'milestone') return actual === null ? null : milestoneWords(actual >= 1, locale);
  if (actual === null || expected === null) return null;
  switch (indicator.kind) {
    case 'cumulativeAmount':
    case 'cumulativeCount': {
      const annual = annualTargetOf(indicator);
      const progress = annual === null ? null : annualPlanProgress(actual, expected, annual);
      return progress ? annualPlanWords(progress, locale) : null;
    }
    case 'growthRate':
      return ratePointsWords(actual - expected, 'target', locale);
    case 'deadlineRate':
      return ratePointsWords(actual - expected, 'schedule', locale);
    case 'rank':
      return rankPlacesWords(actual - expected, locale);
    default:
      return null;
  }
}

/**
 * A cumulative figure's gap in its own unit, for the indicator page beside the words above:
 * 低于时间进度3.3亿元 / 3.30 bn yuan behind time. Null for other kinds (their words carry the unit).
 */
export function unitGapWords(
  indicator: Indicator,
  standing: GapStanding,
  locale: FormatLocale,
): string | null {
  if (indicator.kind !== 'cumulativeAmount' && indicator.kind !== 'cumulativeCount') return null;
  if (standing.judged || standing.actual === null || standing.expected === null) return null;
  const difference = standing.actual - standing.expected;
  const size = formatValue(Math.abs(difference), indicator, locale);
  if (locale === 'zh-CN') {
    if (difference === 0) return '与时间进度持平';
    return `${difference > 0 ? '超' : '低于'}时间进度${size}`;
  }
  if (difference === 0) return 'level with time';
  return `${size} ${difference > 0 ? 'ahead of' : 'behind'} time`;
}
