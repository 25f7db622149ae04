import { describe, expect, it } from 'vitest';
import type { Threshold } from './model';
import {
  fixedMagnitude,
  formatFixed,
  formatDate,
  formatDifference,
  formatPeriod,
  formatThreshold,
  formatValue,
} from './format';

const minus = '\u2212';

describe('figures', () => {
  it.each([
    [6, 'percent', '6.0%', '6.0%'],
    [5.55, 'percent', '5.6%', '5.6%'],
    [80, 'yiYuan', '80.0亿元', '8.00 bn yuan'],
    [12.34, 'yiYuan', '12.3亿元', '1.23 bn yuan'],
    [1234.5, 'yiYuan', '1,234.5亿元', '123.45 bn yuan'],
    [12, 'count', '12个', '12'],
    [16.8, 'count', '16.8个', '16.8'],
    [1, 'rank', '第1名', 'No. 1'],
    [1, 'none', '1', '1'],
  ] as const)('shows %s %s as %s and %s', (value, unit, zh, en) => {
    expect(formatValue(value, unit, 'zh-CN')).toBe(zh);
    expect(formatValue(value, unit, 'en-US')).toBe(en);
  });

  it('shows a missing figure as a dash', () => {
    expect(formatValue(null, 'percent', 'zh-CN')).toBe('—');
    expect(formatValue(null, 'yiYuan', 'en-US')).toBe('—');
  });

  it('writes negatives with the true minus sign', () => {
    expect(formatValue(-3.2, 'percent', 'zh-CN')).toBe(`${minus}3.2%`);
    expect(formatValue(-5, 'yiYuan', 'en-US')).toBe(`${minus}0.50 bn yuan`);
    expect(formatValue(-3.2, 'percent', 'en-US')).not.toContain('-');
  });

  it('shows a tiny negative that rounds to zero without a sign', () => {
    expect(formatValue(-0.04, 'percent', 'en-US')).toBe('0.0%');
  });
});

describe('plain figures to fixed decimals', () => {
  it('writes an amount to the hundredth with thousands grouped', () => {
    expect(formatFixed(1234.5, 2)).toBe('1,234.50');
    expect(formatFixed(0.525, 2)).toBe('0.53');
  });

  it('writes the size of a gap without sign or grouping, rounding half away from zero', () => {
    expect(fixedMagnitude(-4.25, 1)).toBe('4.3');
    expect(fixedMagnitude(37.5, 1)).toBe('37.5');
    expect(fixedMagnitude(1234.56, 1)).toBe('1234.6');
  });
});

describe('gaps and differences', () => {
  it('states a gap between rates in percentage points with its sign', () => {
    const ahead = { absolute: 0.5, relative: null, inPercentagePoints: true };
    const short = { absolute: -0.5, relative: null, inPercentagePoints: true };
    expect(formatDifference(ahead.absolute, 'percent', 'zh-CN')).toBe('+0.5个百分点');
    expect(formatDifference(ahead.absolute, 'percent', 'en-US')).toBe('+0.5 pp');
    expect(formatDifference(short.absolute, 'percent', 'zh-CN')).toBe(`${minus}0.5个百分点`);
    expect(formatDifference(short.absolute, 'percent', 'en-US')).toBe(`${minus}0.5 pp`);
  });

  it('shows no sign on a gap of zero', () => {
    expect(formatDifference(0, 'percent', 'en-US')).toBe('0.0 pp');
  });

  it('states a gap without a share in the unit itself', () => {
    const overZero = { absolute: 2, relative: null, inPercentagePoints: false };
    expect(formatDifference(overZero.absolute, 'yiYuan', 'zh-CN')).toBe('+2.0亿元');
    expect(formatDifference(overZero.absolute, 'yiYuan', 'en-US')).toBe('+0.20 bn yuan');
    const oneDown = { absolute: 1, relative: null, inPercentagePoints: false };
    expect(formatDifference(oneDown.absolute, 'rank', 'zh-CN')).toBe('+1名');
    expect(formatDifference(oneDown.absolute, 'rank', 'en-US')).toBe('+1 place');
    expect(formatDifference(2, 'rank', 'en-US')).toBe('+2 places');
  });

  it('signs a difference in the indicator unit', () => {
    expect(formatDifference(-3, 'count', 'zh-CN')).toBe(`${minus}3个`);
    expect(formatDifference(-3, 'count', 'en-US')).toBe(`${minus}3`);
    expect(formatDifference(6.888888889, 'yiYuan', 'zh-CN')).toBe('+6.9亿元');
    expect(formatDifference(6.888888889, 'yiYuan', 'en-US')).toBe('+0.69 bn yuan');
    expect(formatDifference(1.25, 'percent', 'zh-CN')).toBe('+1.3个百分点');
  });
});

describe('periods and dates', () => {
  it.each([
    ['2024-03', '2024年3月', 'Mar 2024'],
    ['2024-09', '2024年9月', 'Sep 2024'],
    ['2024-12', '2024年12月', 'Dec 2024'],
  ] as const)('shows %s as %s and %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh-CN')).toBe(zh);
    expect(formatPeriod(period, 'en-US')).toBe(en);
  });

  it('shows a date with its day, in either order', () => {
    expect(formatDate('2024-03-31', 'zh-CN')).toBe('2024年3月31日');
    expect(formatDate('2024-03-31', 'en-US')).toBe('31 Mar 2024');
    expect(formatDate('2024-02-07', 'en-US')).toBe('7 Feb 2024');
  });
});

describe('dated targets', () => {
  const q1StartRate: Threshold = { value: 90, comparator: 'gt', deadline: '2024-03-31' };

  it('writes a rate target with its deadline', () => {
    expect(formatThreshold(q1StartRate, 'percent', 'zh-CN')).toBe('超过90%（2024年3月31日前）');
    expect(formatThreshold(q1StartRate, 'percent', 'en-US')).toBe('> 90% by 31 Mar 2024');
  });

  it('writes a target without its deadline when asked', () => {
    const gdp: Threshold = { value: 6, comparator: 'gte', deadline: '2024-12-31' };
    expect(formatThreshold(gdp, 'percent', 'zh-CN', { withDeadline: false })).toBe('不低于6%');
    expect(formatThreshold(gdp, 'percent', 'en-US', { withDeadline: false })).toBe('≥ 6%');
    const retail: Threshold = { value: 5.5, comparator: 'gte', deadline: '2024-12-31' };
    expect(formatThreshold(retail, 'percent', 'en-US', { withDeadline: false })).toBe('≥ 5.5%');
  });

  it.each([
    [
      { value: 100, comparator: 'eq', deadline: '2024-06-30' },
      'percent',
      '达到100%（2024年6月30日前）',
      '= 100% by 30 Jun 2024',
    ],
    [
      { value: 100, comparator: 'gt', deadline: '2024-12-31' },
      'yiYuan',
      '超过100亿元（2024年12月31日前）',
      '> 10 bn yuan by 31 Dec 2024',
    ],
    [
      { value: 80, comparator: 'gte', deadline: '2024-12-31' },
      'yiYuan',
      '不低于80亿元（2024年12月31日前）',
      '≥ 8 bn yuan by 31 Dec 2024',
    ],
    [
      { value: 10, comparator: 'gte', deadline: '2024-12-31' },
      'count',
      '不低于10个（2024年12月31日前）',
      '≥ 10 by 31 Dec 2024',
    ],
    [
      { value: 3, comparator: 'lte', deadline: '2024-12-31' },
      'count',
      '不超过3个（2024年12月31日前）',
      '≤ 3 by 31 Dec 2024',
    ],
    [
      { value: -3, comparator: 'lt', deadline: '2024-12-31' },
      'percent',
      `低于${minus}3%（2024年12月31日前）`,
      `< ${minus}3% by 31 Dec 2024`,
    ],
    [
      { value: 1, comparator: 'eq', deadline: '2024-12-31' },
      'rank',
      '第1名（2024年12月31日前）',
      'No. 1 by 31 Dec 2024',
    ],
    [
      { value: 3, comparator: 'lte', deadline: '2024-12-31' },
      'rank',
      '前3名（2024年12月31日前）',
      'top 3 by 31 Dec 2024',
    ],
  ] as const)('writes %o in %s as %s and %s', (threshold, unit, zh, en) => {
    expect(formatThreshold(threshold, unit, 'zh-CN')).toBe(zh);
    expect(formatThreshold(threshold, unit, 'en-US')).toBe(en);
  });
});

describe('figures far from everyday sizes', () => {
  it('formats a tiny figure as zero without a sign and a huge one with thousands separators', () => {
    expect(formatValue(1e-9, 'percent', 'zh-CN')).toBe('0.0%');
    expect(formatValue(1234567.5, 'count', 'en-US')).toBe('1,234,567.5');
  });
});

describe('units as plans write them', () => {
  const people = { unit: 'measure' as const, unitLabel: { zh: '万人', en: 'people' } };
  const tonnes = { unit: 'measure' as const, unitLabel: { zh: '万吨', en: 'tonnes' } };
  const jin = { unit: 'measure' as const, unitLabel: { zh: '亿斤', en: 'jin' } };
  const dollars = { unit: 'measure' as const, unitLabel: { zh: '亿美元', en: 'US dollars' } };
  const firms = { unit: 'count' as const, unitLabel: { zh: '家', en: 'firms' } };

  it.each([
    [3.3, people, '3.3万人', '33,000 people'],
    [1256, people, '1,256万人', '12.56 million people'],
    [70, tonnes, '70万吨', '700,000 tonnes'],
    [500, jin, '500亿斤', '50 bn jin'],
    [14000, jin, '14,000亿斤', '1,400 bn jin'],
    [0.35, dollars, '0.35亿美元', '35 million US dollars'],
    [12.5, dollars, '12.5亿美元', '1.25 bn US dollars'],
    [8, firms, '8家', '8 firms'],
  ] as const)('write %s in %o as %s / %s', (value, unitOf, zh, en) => {
    expect(formatValue(value, unitOf, 'zh-CN')).toBe(zh);
    expect(formatValue(value, unitOf, 'en-US')).toBe(en);
  });

  it('keep up to two decimals of a measure and none of a count', () => {
    expect(formatValue(3.456, people, 'zh-CN')).toBe('3.46万人');
    expect(formatValue(3.456, people, 'en-US')).toBe('34,560 people');
    expect(formatValue(8, firms, 'zh-CN')).toBe('8家');
  });

  it('sign a difference in the written unit', () => {
    expect(formatDifference(0.5, people, 'zh-CN')).toBe('+0.5万人');
    expect(formatDifference(-0.5, people, 'en-US')).toBe('−5,000 people');
  });

  it('write a measure without a label as the bare number', () => {
    expect(formatValue(3.3, 'measure', 'zh-CN')).toBe('3.3');
  });
});

describe('targets as plans write them', () => {
  const deadline = '2025-12-31';

  it('write 5.5%左右 / about 5.5%', () => {
    const threshold = { value: 5.5, comparator: 'approx' as const, deadline };
    expect(formatThreshold(threshold, 'percent', 'zh-CN', { withDeadline: false })).toBe('5.5%左右');
    expect(formatThreshold(threshold, 'percent', 'en-US', { withDeadline: false })).toBe('about 5.5%');
  });

  it('write a percent range with both signs, 4.5%–5%, and other ranges with the unit once, 3–5万吨', () => {
    const rate = { value: 4.5, valueMax: 5, comparator: 'range' as const, deadline };
    expect(formatThreshold(rate, 'percent', 'zh-CN', { withDeadline: false })).toBe('4.5%–5%');
    const tonnes = { unit: 'measure' as const, unitLabel: { zh: '万吨', en: 'tonnes' } };
    const amount = { value: 3, valueMax: 5, comparator: 'range' as const, deadline };
    expect(formatThreshold(amount, tonnes, 'zh-CN', { withDeadline: false })).toBe('3–5万吨');
  });

  it('write a floor in a unit as written: 不低于70万吨 / ≥ 700,000 tonnes', () => {
    const tonnes = { unit: 'measure' as const, unitLabel: { zh: '万吨', en: 'tonnes' } };
    const floor = { value: 70, comparator: 'gte' as const, deadline };
    expect(formatThreshold(floor, tonnes, 'zh-CN', { withDeadline: false })).toBe('不低于70万吨');
    expect(formatThreshold(floor, tonnes, 'en-US', { withDeadline: false })).toBe('≥ 700,000 tonnes');
  });

  it('write relative targets against their yardstick', () => {
    const province = { zh: '全省', en: 'the province' };
    const growth = { zh: '经济增长', en: 'economic growth' };
    const words = (
      threshold: { value: number; comparator: 'gt' | 'gte' | 'approx'; band?: number },
      label: typeof province,
      locale: 'zh-CN' | 'en-US',
    ) =>
      formatThreshold({ ...threshold, deadline }, 'percent', locale, {
        withDeadline: false,
        referenceLabel: label,
      });
    expect(words({ value: 0, comparator: 'gt' }, province, 'zh-CN')).toBe('高于全省');
    expect(words({ value: 0, comparator: 'gt' }, province, 'en-US')).toBe('above the province');
    expect(words({ value: 1, comparator: 'gte' }, province, 'zh-CN')).toBe('高于全省1个百分点以上');
    expect(words({ value: 1, comparator: 'gte' }, province, 'en-US')).toBe(
      'at least 1 pp above the province',
    );
    expect(words({ value: 0, comparator: 'approx' }, growth, 'zh-CN')).toBe('与经济增长同步');
    expect(words({ value: 0, comparator: 'approx', band: 0.5 }, growth, 'en-US')).toBe(
      'in step with economic growth (±0.5 pp)',
    );
  });
});
