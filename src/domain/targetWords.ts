/**
 * Words that say where a figure stands against what the target is, beside the status word:
 *
 * | position                             | zh-CN                 | en-US                            |
 * |--------------------------------------|-----------------------|----------------------------------|
 * | inside a 左右 band or a range        | 在目标区间内          | within the target range          |
 * | past the upper edge                  | 高于上限              | above the upper bound            |
 * | past the lower edge                  | 低于下限              | below the lower bound            |
 * | benchmark, figure − yardstick = +0.2 | 高于全省0.2个百分点   | 0.2 pp above the province        |
 * | benchmark, −0.3                      | 低于全省0.3个百分点   | 0.3 pp below the province        |
 * | benchmark or indicator, 0            | 与全省持平            | level with the province          |
 * | indicator, within a 同步 band        | 与经济增长同步        | in step with economic growth     |
 * | indicator, +0.4 outside it           | 快于经济增长0.4个百分点 | 0.4 pp faster than economic growth |
 * | indicator, −0.4 outside it           | 慢于经济增长0.4个百分点 | 0.4 pp slower than economic growth |
 * | no yardstick figure for the period   | 待全省数据            | awaiting the province's figure   |
 *
 * The yardstick's name is its benchmark series' or indicator's name as the plan holds it. A
 * difference of percents is in 百分点 / pp; other units in the indicator's unit (`format.ts`).
 */
import type { TargetPosition } from './evaluation';
import { formatDifference, type FormatLocale, type UnitOf } from './format';
import type { TargetNature } from './model';

function magnitude(value: number, unitOf: UnitOf, locale: FormatLocale): string {
  // An unsigned difference: the words above or below carry the sign.
  return formatDifference(Math.abs(value), unitOf, locale).replace(/^\+/, '');
}

/** The words for where a figure stands, or null when the target has no band, range or yardstick. */
export function positionWords(
  position: TargetPosition | null,
  unitOf: UnitOf,
  locale: FormatLocale,
): string | null {
  if (!position) return null;
  const zh = locale === 'zh-CN';
  switch (position.kind) {
    case 'inBand':
      return zh ? '在目标区间内' : 'within the target range';
    case 'aboveUpper':
      return zh ? '高于上限' : 'above the upper bound';
    case 'belowLower':
      return zh ? '低于下限' : 'below the lower bound';
    case 'awaitingReference':
      return zh ? `待${position.label.zh}数据` : `awaiting the figure for ${position.label.en}`;
    case 'relative': {
      const name = zh ? position.label.zh : position.label.en;
      if (position.reference === 'indicator' && position.inStep)
        return zh ? `与${name}同步` : `in step with ${name}`;
      if (Math.abs(position.difference) < 1e-9) return zh ? `与${name}持平` : `level with ${name}`;
      const by = magnitude(position.difference, unitOf, locale);
      const higher = position.difference > 0;
      if (position.reference === 'indicator') {
        return zh
          ? `${higher ? '快于' : '慢于'}${name}${by}`
          : `${by} ${higher ? 'faster' : 'slower'} than ${name}`;
      }
      return zh ? `${higher ? '高于' : '低于'}${name}${by}` : `${by} ${higher ? 'above' : 'below'} ${name}`;
    }
  }
}

/** 约束性 / binding, 预期性 / expected: shown on every card and slide. */
export function natureWords(nature: TargetNature, locale: FormatLocale): string {
  if (locale === 'zh-CN') return nature === 'binding' ? '约束性' : '预期性';
  return nature === 'binding' ? 'binding' : 'expected';
}
