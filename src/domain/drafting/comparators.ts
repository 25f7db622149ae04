/**
 * The comparator wording around a figure: 左右, 以上, 超过, 不低于, 以内, 不超过, 控制在, ranges,
 * and the default reading of a bare figure (增长6%: at least 6; a ceiling for what is better low).
 */
import type { DraftComparator } from './types';

export interface ComparatorReading {
  comparator: DraftComparator;
  /** How many characters of the text after the figure the wording took (左右 → 2). */
  suffixLength: number;
}

const after: [RegExp, DraftComparator][] = [
  [/^(?:左右|上下)/, 'approx'],
  [/^(?:以上|及以上|之上)/, 'gte'],
  [/^(?:以内|以下|之内)/, 'lte'],
];

const before: [RegExp, DraftComparator][] = [
  [/(?:不低于|不少于|至少)$/, 'gte'],
  [/(?:不超过|不高于|不多于|最多)$/, 'lte'],
  [/(?:控制在|保持在.{0,4}以内)$/, 'lte'],
  [/(?:低于|少于)$/, 'lt'],
  [/(?:超过|突破|高于|多于|过|超)$/, 'gt'],
];

/**
 * The comparator for a figure, given the words just before it in its clause and just after it.
 * A bare figure is a floor (gte), or a ceiling (lte) when lower is better.
 */
export function comparatorFor(
  textBefore: string,
  textAfter: string,
  isRange: boolean,
  lowerIsBetter: boolean,
): ComparatorReading {
  if (isRange) return { comparator: 'range', suffixLength: 0 };
  for (const [pattern, comparator] of after) {
    const match = pattern.exec(textAfter);
    if (match) {
      // 控制在3%以内 and 不超过3%以内 are ceilings whatever the words before say.
      return { comparator, suffixLength: match[0].length };
    }
  }
  for (const [pattern, comparator] of before) {
    if (pattern.test(textBefore)) return { comparator, suffixLength: 0 };
  }
  return { comparator: lowerIsBetter ? 'lte' : 'gte', suffixLength: 0 };
}

/** The default band for 左右: half a percentage point for a rate, none otherwise (set by the planner). */
export function defaultBand(comparator: DraftComparator, unit: string | null): number | null {
  return comparator === 'approx' && unit === '%' ? 0.5 : null;
}
