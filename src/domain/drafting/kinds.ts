/** A kind hint from the unit and the words around a figure. */
import type { DraftKind } from './types';

const money = /元$/;
const stuff = /(?:吨|斤|亩|平方米|千瓦|公里)$/;

export function kindOf(unit: string, words: string, earlyDeadline: boolean): DraftKind {
  if (unit === '%' || unit === '个百分点') {
    if (/增长|增速|增幅|涨幅|上涨|降低|下降|减少|回升/.test(words)) return 'growthRate';
    return earlyDeadline ? 'deadlineRate' : 'rate';
  }
  if (unit === '名') return 'rank';
  if (money.test(unit) || stuff.test(unit)) return 'cumulativeAmount';
  return 'cumulativeCount';
}
