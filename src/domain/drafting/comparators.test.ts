import { describe, expect, it } from 'vitest';
import { comparatorFor, defaultBand } from './comparators';

const read = (before: string, after: string, lowerIsBetter = false) =>
  comparatorFor(before, after, false, lowerIsBetter).comparator;

describe('comparator wording', () => {
  it.each([
    ['增长', '左右', 'approx'],
    ['增长', '以上', 'gte'],
    ['开工率超过', '', 'gt'],
    ['突破', '', 'gt'],
    ['不低于', '', 'gte'],
    ['', '以内', 'lte'],
    ['不超过', '', 'lte'],
    ['控制在', '', 'lte'],
    ['低于', '', 'lt'],
  ] as const)('reads 「…%s X%s」 as %s', (before, after, comparator) => {
    expect(read(before, after)).toBe(comparator);
  });

  it('reads a bare figure as a floor when higher is better and a ceiling when lower is', () => {
    expect(read('增长', '')).toBe('gte');
    expect(read('城镇调查失业率', '', true)).toBe('lte');
  });

  it('reads a range as a range whatever the words around it', () => {
    expect(comparatorFor('增长', '', true, false).comparator).toBe('range');
  });

  it('gives 左右 a band of half a point for a rate and none for an amount', () => {
    expect(defaultBand('approx', '%')).toBe(0.5);
    expect(defaultBand('approx', '万亿斤')).toBeNull();
    expect(defaultBand('gte', '%')).toBeNull();
  });
});
