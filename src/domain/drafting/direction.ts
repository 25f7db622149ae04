/**
 * Which way is better: lower for unemployment, a ceiling on consumer prices, energy use per
 * unit of output, emissions and accidents, and for any target written as a ceiling (以内, 不超过).
 */
import type { DraftComparator, DraftDirection } from './types';

const lowerIsBetterSubjects = /失业率|居民消费价格|消费价格|物价|CPI|能耗|排放|事故|死亡|负债率|亏损|PM2\.5|细颗粒物/;

export function directionOf(name: string, comparator: DraftComparator, value: number | null): DraftDirection {
  if (comparator === 'lte' || comparator === 'lt') return 'lowerIsBetter';
  if (value !== null && value < 0) return 'lowerIsBetter';
  return lowerIsBetterSubjects.test(name) ? 'lowerIsBetter' : 'higherIsBetter';
}
