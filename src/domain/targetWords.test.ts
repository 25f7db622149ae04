import { describe, expect, it } from 'vitest';
import type { TargetPosition } from './evaluation';
import { natureWords, positionWords } from './targetWords';

const province = { zh: '全省', en: 'the province' };
const growth = { zh: '经济增长', en: 'economic growth' };

describe('the words for where a figure stands', () => {
  it.each([
    [{ kind: 'inBand' }, '在目标区间内', 'within the target range'],
    [{ kind: 'aboveUpper', by: 0.1 }, '高于上限', 'above the upper bound'],
    [{ kind: 'belowLower', by: 0.8 }, '低于下限', 'below the lower bound'],
  ] as const)('say %o is %s / %s', (position, zh, en) => {
    expect(positionWords(position, 'percent', 'zh-CN')).toBe(zh);
    expect(positionWords(position, 'percent', 'en-US')).toBe(en);
  });

  it('say a figure 0.3 points under the province’s is 低于全省0.3个百分点 and one 0.2 over is 高于全省0.2个百分点', () => {
    const below: TargetPosition = {
      kind: 'relative',
      reference: 'benchmark',
      label: province,
      period: '2024-03',
      yardstickValue: 5.6,
      difference: -0.3,
      inStep: false,
    };
    const above: TargetPosition = { ...below, difference: 0.2 };
    expect(positionWords(below, 'percent', 'zh-CN')).toBe('低于全省0.3个百分点');
    expect(positionWords(below, 'percent', 'en-US')).toBe('0.3 pp below the province');
    expect(positionWords(above, 'percent', 'zh-CN')).toBe('高于全省0.2个百分点');
    expect(positionWords({ ...below, difference: 0 }, 'percent', 'zh-CN')).toBe('与全省持平');
  });

  it('say 与经济增长同步 inside the band and 快于经济增长0.4个百分点 outside it', () => {
    const inStep: TargetPosition = {
      kind: 'relative',
      reference: 'indicator',
      label: growth,
      period: '2024-12',
      yardstickValue: 5,
      difference: 0.1,
      inStep: true,
    };
    expect(positionWords(inStep, 'percent', 'zh-CN')).toBe('与经济增长同步');
    expect(positionWords(inStep, 'percent', 'en-US')).toBe('in step with economic growth');
    const faster: TargetPosition = { ...inStep, difference: 0.4, inStep: false };
    expect(positionWords(faster, 'percent', 'zh-CN')).toBe('快于经济增长0.4个百分点');
    expect(positionWords(faster, 'percent', 'en-US')).toBe('0.4 pp faster than economic growth');
    expect(positionWords({ ...faster, difference: -0.6 }, 'percent', 'zh-CN')).toBe(
      '慢于经济增长0.6个百分点',
    );
  });

  it('say 待全省数据 when the yardstick has no figure for the period', () => {
    const waiting: TargetPosition = {
      kind: 'awaitingReference',
      reference: 'benchmark',
      label: province,
      period: '2024-06',
    };
    expect(positionWords(waiting, 'percent', 'zh-CN')).toBe('待全省数据');
    expect(positionWords(waiting, 'percent', 'en-US')).toBe('awaiting the figure for the province');
  });

  it('write a difference in a unit as written: 高于全省0.5万吨', () => {
    const above: TargetPosition = {
      kind: 'relative',
      reference: 'benchmark',
      label: province,
      period: '2024-12',
      yardstickValue: 70,
      difference: 0.5,
      inStep: false,
    };
    const tonnes = { unit: 'measure' as const, unitLabel: { zh: '万吨', en: 'tonnes' } };
    expect(positionWords(above, tonnes, 'zh-CN')).toBe('高于全省0.5万吨');
    expect(positionWords(above, tonnes, 'en-US')).toBe('5,000 tonnes above the province');
  });

  it('say nothing for a plain comparator', () => {
    expect(positionWords(null, 'percent', 'zh-CN')).toBeNull();
  });

  it('name a binding target 约束性 and an expected one 预期性', () => {
    expect(natureWords('binding', 'zh-CN')).toBe('约束性');
    expect(natureWords('expected', 'en-US')).toBe('expected');
  });
});
