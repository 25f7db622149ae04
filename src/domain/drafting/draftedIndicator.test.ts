import { describe, expect, it } from 'vitest';
import {
  draftedIndicator,
  draftedIndicatorProblems,
  unitOfWritten,
  type ReviewedTarget,
} from './draftedIndicator';
import { acceptedTargets } from './testing/acceptedTargets';

const added = (patch: Partial<ReviewedTarget> = {}): ReviewedTarget => ({
  name: '新增市场主体',
  kind: 'cumulativeCount',
  direction: 'higherIsBetter',
  binding: false,
  actionName: null,
  thresholds: [
    { comparator: 'gte', value: 500, valueMax: null, band: null, unit: '家', deadline: '2025-12-31' },
  ],
  quotes: [],
  ...patch,
});

describe('a reviewed target as the plan will hold it', () => {
  it('writes 增长5%左右 as a growth rate in percent with the words of the report', () => {
    const [gdp] = acceptedTargets('主要预期目标是:地区生产总值增长5%左右。');
    const indicator = draftedIndicator(gdp!, 2025);
    expect(indicator).toMatchObject({
      kind: 'growthRate',
      unit: 'percent',
      frequency: 'quarterly',
      isMainTarget: true,
      sourceQuote: '地区生产总值增长5%左右',
      thresholds: [{ value: 5, comparator: 'approx', deadline: '2025-12-31' }],
    });
    expect(indicator.targetText.zh).toBe('5%左右');
    expect(draftedIndicatorProblems(gdp!, 2025)).toEqual([]);
  });

  it('keeps 3.3万人 as a measure in 万人, named in English as people', () => {
    const [jobs] = acceptedTargets('主要预期目标是:城镇新增就业3.3万人以上。');
    expect(draftedIndicator(jobs!, 2025)).toMatchObject({
      kind: 'cumulativeAmount',
      unit: 'measure',
      unitLabel: { zh: '万人', en: 'people' },
      thresholds: [{ value: 3.3, comparator: 'gte' }],
    });
    expect(draftedIndicatorProblems(jobs!, 2025)).toEqual([]);
  });

  it('counts 家, 项 and 个 as whole things and 亿元 as an amount', () => {
    expect(unitOfWritten('家')).toEqual({ unit: 'count', unitLabel: { zh: '家', en: 'firms' } });
    expect(unitOfWritten('个')).toEqual({ unit: 'count', unitLabel: null });
    expect(unitOfWritten('亿元')).toEqual({ unit: 'yiYuan', unitLabel: null });
    expect(unitOfWritten('亿斤')).toEqual({ unit: 'measure', unitLabel: { zh: '亿斤', en: 'jin' } });
  });

  it('writes 与经济增长同步 as a judged target quoting the report, marked 约束性 when the text says so', () => {
    const targets = acceptedTargets(
      '主要预期目标是:居民收入增长和经济增长同步;完成省下达的节能减排约束性目标。',
    );
    const indicators = targets.map((target) => draftedIndicator(target, 2025));
    expect(indicators.map((indicator) => indicator.kind)).toEqual(['qualitative', 'qualitative']);
    expect(indicators[0]?.thresholds).toEqual([]);
    expect(indicators[1]?.nature).toBe('binding');
    for (const target of targets) expect(draftedIndicatorProblems(target, 2025)).toEqual([]);
  });

  it('writes 成立……委员会 as a milestone done once by the year end', () => {
    const indicator = draftedIndicator(
      added({
        name: '成立招商专家咨询委员会',
        kind: 'milestone',
        thresholds: [
          { comparator: 'qualitative', value: null, valueMax: null, band: null, unit: null, deadline: null },
        ],
      }),
      2025,
    );
    expect(indicator).toMatchObject({
      kind: 'milestone',
      unit: 'none',
      frequency: 'once',
      thresholds: [{ value: 1, comparator: 'gte', deadline: '2025-12-31' }],
    });
  });

  it('quotes a target added by hand with its name and figure', () => {
    expect(draftedIndicator(added(), 2025).sourceQuote).toBe('新增市场主体不低于500家');
  });

  it('names a target added without a figure, in both languages', () => {
    const problems = draftedIndicatorProblems(
      added({
        thresholds: [
          { comparator: 'gte', value: null, valueMax: null, band: null, unit: null, deadline: null },
        ],
      }),
      2025,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['thresholds.0.value']);
    expect(problems[0]?.message.zh).toContain('未填写目标数值');
    expect(problems[0]?.message.en).toContain('has no target figure');
  });

  it('refuses a deadline outside the plan year, a range without its upper end and a fractional count', () => {
    const problems = draftedIndicatorProblems(
      added({
        thresholds: [
          { comparator: 'gte', value: 2.5, valueMax: null, band: null, unit: '家', deadline: '2026-03-31' },
          { comparator: 'range', value: 3, valueMax: null, band: null, unit: '家', deadline: '2025-06-30' },
        ],
      }),
      2025,
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'thresholds.0.value',
      'thresholds.0.deadline',
      'thresholds.1.valueMax',
    ]);
    expect(problems[1]?.message.zh).toContain('不在计划年度（2025年）内');
  });
});
