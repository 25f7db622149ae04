import { describe, expect, it } from 'vitest';
import {
  validateIndicatorDefinition,
  type DefinitionContext,
  type IndicatorDefinition,
} from './definitionProblems';
import { isoDateSchema } from './model';

const gdp: IndicatorDefinition = {
  id: 'gdp',
  planId: 'city-2025',
  kind: 'growthRate',
  unit: 'percent',
  unitLabel: null,
  frequency: 'quarterly',
  thresholds: [{ value: 5.5, comparator: 'approx', deadline: '2025-12-31' }],
  tolerances: null,
  plannedPath: null,
  reference: null,
};

const context: DefinitionContext = {
  planYear: 2025,
  indicators: [
    { id: 'gdp', planId: 'city-2025', unit: 'percent', unitLabel: null },
    { id: 'investment', planId: 'city-2025', unit: 'yiYuan', unitLabel: null },
    { id: 'gdp-2024', planId: 'city-2024', unit: 'percent', unitLabel: null },
    { id: 'income', planId: 'city-2025', unit: 'percent', unitLabel: null },
  ],
  benchmarkSeries: [
    { id: 'province-gdp', planId: 'city-2025', unit: 'percent' },
    { id: 'province-gdp-2024', planId: 'city-2024', unit: 'percent' },
  ],
};

const problemsOf = (overrides: Partial<IndicatorDefinition>) =>
  validateIndicatorDefinition({ ...gdp, ...overrides }, context);

describe('the check of an indicator’s definition', () => {
  it('finds nothing wrong with 5.5%左右 due at the end of the plan year', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('refuses a range whose lower bound is above its upper bound, saying what the upper bound must be', () => {
    const problems = problemsOf({
      thresholds: [{ value: 5, valueMax: 4.5, comparator: 'range', deadline: '2025-12-31' }],
    });
    expect(problems).toEqual([
      {
        path: 'thresholds.0.valueMax',
        message: {
          zh: '区间下限（5）高于上限（4.5）：上限应不低于5',
          en: "the range's lower bound (5) is above its upper bound (4.5); the upper bound must be at least 5",
        },
      },
    ]);
  });

  it('refuses a range without an upper bound', () => {
    expect(
      problemsOf({ thresholds: [{ value: 2, comparator: 'range', deadline: '2025-12-31' }] })[0]?.path,
    ).toBe('thresholds.0.valueMax');
  });

  it.each([0, -0.5])('refuses a band of %s', (band) => {
    const problems = problemsOf({
      thresholds: [{ value: 5.5, band, comparator: 'approx', deadline: '2025-12-31' }],
    });
    expect(problems.map((p) => p.path)).toEqual(['thresholds.0.band']);
    expect(problems[0]?.message.zh).toContain('须大于0');
  });

  it('refuses 1e308 and gives the allowed range', () => {
    const [problem] = problemsOf({
      thresholds: [{ value: 1e308, comparator: 'gte', deadline: '2025-12-31' }],
    });
    expect(problem?.path).toBe('thresholds.0.value');
    expect(problem?.message.zh).toContain('应在 −1,000,000,000,000 至 1,000,000,000,000 之间');
  });

  it('refuses a deadline outside the plan year, naming the year', () => {
    const [problem] = problemsOf({ thresholds: [{ value: 5.5, comparator: 'gte', deadline: '2030-12-31' }] });
    expect(problem?.message).toEqual({
      zh: 'thresholds.0.deadline 2030-12-31 不在计划年度（2025年）内，应在2025-01-01至2025-12-31之间',
      en: 'thresholds.0.deadline 2030-12-31 is outside the plan year (2025); it must be from 2025-01-01 to 2025-12-31',
    });
  });

  it.each(['2024-02-31', '2024-99-99', '2025-02-29'])('refuses the impossible date %s', (deadline) => {
    const [problem] = problemsOf({ thresholds: [{ value: 5.5, comparator: 'gte', deadline }] });
    expect(problem?.message.zh).toContain('不是有效日期');
  });

  it('refuses a planned point outside the plan year', () => {
    const [problem] = problemsOf({ plannedPath: [{ period: '2026-01', value: 5 }] });
    expect(problem?.message.zh).toBe(
      'plannedPath.0.period 2026-01 不在计划年度（2025年）内，应在2025-01至2025-12之间',
    );
  });

  it('refuses a "behind" tolerance looser than "attention" for a rate and for a cumulative figure', () => {
    expect(problemsOf({ tolerances: { attention: 1, behind: 0.5 } }).map((p) => p.path)).toEqual([
      'tolerances.behind',
    ]);
    expect(problemsOf({ tolerances: { attention: 0.5, behind: 2 } })).toEqual([]);
    const cumulative = {
      kind: 'cumulativeAmount' as const,
      unit: 'yiYuan' as const,
      thresholds: [{ value: 80, comparator: 'gte' as const, deadline: '2025-12-31' }],
    };
    const [problem] = problemsOf({ ...cumulative, tolerances: { attention: 0.9, behind: 0.95 } });
    expect(problem?.path).toBe('tolerances.behind');
    expect(problem?.message.zh).toContain('应大于0且不高于0.9');
    expect(problemsOf({ ...cumulative, tolerances: { attention: 1, behind: 0.85 } })).toEqual([]);
  });

  it('refuses a relative target that points at itself', () => {
    const [problem] = problemsOf({ reference: { kind: 'indicator', indicatorId: 'gdp' } });
    expect(problem?.path).toBe('reference.indicatorId');
    expect(problem?.message.zh).toContain('不能以自身为对标');
  });

  it('refuses a relative target that points at an indicator or a series of another plan', () => {
    expect(
      problemsOf({ reference: { kind: 'indicator', indicatorId: 'gdp-2024' } })[0]?.message.zh,
    ).toContain('属于其他计划');
    expect(
      problemsOf({ reference: { kind: 'benchmark', seriesId: 'province-gdp-2024' } })[0]?.message.zh,
    ).toContain('属于其他计划');
    expect(problemsOf({ reference: { kind: 'indicator', indicatorId: 'nowhere' } })[0]?.message.zh).toContain(
      '本计划没有指标',
    );
  });

  it('refuses a relative target in another unit, naming both units', () => {
    const [problem] = problemsOf({ reference: { kind: 'indicator', indicatorId: 'investment' } });
    expect(problem?.message.zh).toBe('对标指标的单位（亿元）与本指标（%）不同：应选择单位为%的指标');
  });

  it('accepts 与经济增长同步 and 高于全省 within the plan', () => {
    expect(problemsOf({ id: 'income', reference: { kind: 'indicator', indicatorId: 'gdp' } })).toEqual([]);
    expect(problemsOf({ reference: { kind: 'benchmark', seriesId: 'province-gdp' } })).toEqual([]);
  });

  it('refuses an English unit label that repeats the Chinese scale', () => {
    const [problem] = problemsOf({
      unit: 'measure',
      unitLabel: { zh: '万人', en: '10k people' },
      thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2025-12-31' }],
    });
    expect(problem?.path).toBe('unitLabel.en');
    expect(
      problemsOf({
        unit: 'measure',
        unitLabel: { zh: '万人', en: 'people' },
        thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2025-12-31' }],
      }),
    ).toEqual([]);
  });
});

describe('the rules the server also applies before every write', () => {
  it('refuses a measured target without a target value, an upper bound off a range and a band off 左右', () => {
    expect(problemsOf({ thresholds: [] }).map((problem) => problem.path)).toEqual(['thresholds']);
    const problems = problemsOf({
      thresholds: [{ value: 5, valueMax: 6, band: 0.5, comparator: 'gte', deadline: '2025-12-31' }],
    });
    expect(problems.map((problem) => problem.path)).toEqual(['thresholds.0.valueMax', 'thresholds.0.band']);
    expect(problems[0]?.message.zh).toContain('只有区间目标');
    expect(problems[1]?.message.zh).toContain('只有“左右”目标');
  });

  it('refuses two planned figures for one month and a fractional count of 家', () => {
    const twice = problemsOf({
      plannedPath: [
        { period: '2025-06', value: 2 },
        { period: '2025-06', value: 3 },
      ],
    });
    expect(twice).toEqual([
      expect.objectContaining({
        path: 'plannedPath.1.period',
        message: expect.objectContaining({ zh: expect.stringContaining('每个月只能有一个计划值') }),
      }),
    ]);
    const fractional = problemsOf({
      kind: 'cumulativeCount',
      unit: 'count',
      thresholds: [{ value: 2.5, comparator: 'gte', deadline: '2025-12-31' }],
    });
    expect(fractional.map((problem) => problem.message.zh)).toEqual([
      'thresholds.0.value 的数值（2.5）应为整数',
    ]);
  });
});

describe('the date every request carries', () => {
  it('is refused by the schema when it is not a day of the calendar', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2024-02-31').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-99-99').success).toBe(false);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
  });
});
