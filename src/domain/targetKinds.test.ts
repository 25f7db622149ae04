/**
 * Targets as plans write them, through the one status engine, with worked examples at each edge.
 *
 * Sources of the figures:
 * - 2025年政府工作报告 (State Council, 5 March 2025): 国内生产总值增长5%左右；城镇调查失业率5.5%左右，
 *   城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；单位国内生产总值能耗降低3%左右.
 *   Its review of 2024: 国内生产总值增长5%；城镇新增就业1256万人、城镇调查失业率平均为5.1%；
 *   居民消费价格上涨0.2%；居民人均可支配收入实际增长5.1%.
 * - 德州市统计局, 一季度地区生产总值 (dztj.dezhou.gov.cn, c16514459): 同比增长10.2%，高于全省1.5个百分点
 *   (the province's figure is therefore 8.7%).
 * Figures marked "constructed" are made up to sit on an edge; the rest are as published.
 */
import { describe, expect, it } from 'vitest';
import type { EvaluationContext } from './evaluation';
import {
  indicatorDefaults,
  type BenchmarkSeries,
  type Indicator,
  type IndicatorValue,
  type Period,
} from './model';
import { evaluatePlan } from './planEvaluation';
import { evaluateIndicator } from './status';

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'gdp',
    planId: 'national-2025',
    actionId: null,
    isMainTarget: true,
    order: 1,
    name: { zh: '国内生产总值', en: 'GDP' },
    kind: 'growthRate',
    unit: 'percent',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    thresholds: [{ value: 5, comparator: 'approx', deadline: '2025-12-31' }],
    targetText: { zh: '增长5%左右', en: 'growth of about 5%' },
    tolerances: null,
    plannedPath: null,
    leadDepartment: null,
    dataSource: { zh: '统计部门', en: 'Statistics office' },
    definition: null,
    sourceQuote: '国内生产总值增长5%左右',
    derivation: null,
    ...indicatorDefaults,
    version: 1,
    updatedAt: '2025-03-05T00:00:00.000Z',
    ...overrides,
  };
}

function figure(indicatorId: string, period: Period, value: number): IndicatorValue {
  return {
    indicatorId,
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: 'statistics-office',
    recordedAt: `${period}-20T02:00:00.000Z`,
    version: 1,
  };
}

const at = (asOfPeriod: Period, year = 2025): EvaluationContext => ({ year, asOfPeriod });

function evaluateAt(subject: Indicator, period: Period, value: number, year = 2025) {
  return evaluateIndicator(subject, [figure(subject.id, period, value)], at(period, year));
}

describe('an approximate target (国内生产总值增长5%左右, default band ±0.5 百分点)', () => {
  const gdp = indicator();

  it.each([
    [4.5, 'onSchedule', { kind: 'inBand' }],
    [5.5, 'onSchedule', { kind: 'inBand' }],
    [5.51, 'ahead', { kind: 'aboveUpper', by: 0.01 }],
    [4.49, 'needsAttention', { kind: 'belowLower', by: 0.01 }],
    [3.5, 'needsAttention', { kind: 'belowLower', by: 1 }],
    [3.49, 'behind', { kind: 'belowLower', by: 1.01 }],
  ] as const)(
    'at %s per cent after Q1 it is %s (inside the band, edges included, is on target)',
    (value, status, position) => {
      const evaluation = evaluateAt(gdp, '2025-03', value);
      expect(evaluation.status).toBe(status);
      expect(evaluation.position).toEqual(position);
    },
  );

  it('is met at year end by 2024’s published 5% against a 5%左右 target', () => {
    const evaluation = evaluateAt(
      indicator({ thresholds: [{ value: 5, comparator: 'approx', deadline: '2024-12-31' }] }),
      '2024-12',
      5,
      2024,
    );
    expect(evaluation.status).toBe('met');
  });

  it('counts a figure past the better edge as met at year end and one past the worse edge as missed', () => {
    expect(evaluateAt(gdp, '2025-12', 5.8).status).toBe('met');
    expect(evaluateAt(gdp, '2025-12', 4.5).status).toBe('met');
    expect(evaluateAt(gdp, '2025-12', 4.4).status).toBe('missed');
  });

  it('takes the band the plan sets instead of the default', () => {
    const narrow = indicator({
      thresholds: [{ value: 5, band: 0.2, comparator: 'approx', deadline: '2025-12-31' }],
    });
    expect(evaluateAt(narrow, '2025-06', 4.8).status).toBe('onSchedule');
    expect(evaluateAt(narrow, '2025-06', 4.79).status).toBe('needsAttention');
  });
});

describe('targets where lower is better', () => {
  /** 城镇调查失业率5.5%左右: monthly, lower is better. */
  const unemployment = indicator({
    id: 'unemployment',
    direction: 'lowerIsBetter',
    frequency: 'monthly',
    thresholds: [{ value: 5.5, comparator: 'approx', deadline: '2024-12-31' }],
  });

  it('holds 2024’s 5.1% unemployment inside the 5.5%左右 band and meets it at year end', () => {
    const evaluation = evaluateAt(unemployment, '2024-12', 5.1, 2024);
    expect(evaluation.status).toBe('met');
    expect(evaluation.position).toEqual({ kind: 'inBand' });
  });

  it.each([
    [4.9, 'ahead'],
    [6.0, 'onSchedule'],
    [6.1, 'needsAttention'],
    [7.01, 'behind'],
  ] as const)('reads an unemployment rate of %s per cent in June as %s (constructed)', (value, status) => {
    expect(evaluateAt(unemployment, '2024-06', value, 2024).status).toBe(status);
  });

  it('treats a CPI of 3%左右 as a ceiling: 2024’s 0.2% is met, far below its lower edge', () => {
    const cpi = indicator({
      id: 'cpi',
      direction: 'lowerIsBetter',
      frequency: 'monthly',
      thresholds: [{ value: 3, comparator: 'approx', deadline: '2024-12-31' }],
    });
    const evaluation = evaluateAt(cpi, '2024-12', 0.2, 2024);
    expect(evaluation.status).toBe('met');
    expect(evaluation.position).toEqual({ kind: 'belowLower', by: 2.3 });
  });

  it('reads 单位国内生产总值能耗降低3%左右 as −3 ± 0.5, lower is better', () => {
    const energy = indicator({
      id: 'energy-intensity',
      direction: 'lowerIsBetter',
      thresholds: [{ value: -3, comparator: 'approx', deadline: '2025-12-31' }],
    });
    expect(evaluateAt(energy, '2025-06', -3.4).status).toBe('onSchedule');
    expect(evaluateAt(energy, '2025-06', -4).status).toBe('ahead');
    expect(evaluateAt(energy, '2025-06', -2.4).status).toBe('needsAttention');
    expect(evaluateAt(energy, '2025-12', -2.4).status).toBe('missed');
  });
});

describe('a range (4.5%–5%; 保持在合理区间 with the interval an admin sets)', () => {
  const ranged = indicator({
    thresholds: [{ value: 4.5, valueMax: 5, comparator: 'range', deadline: '2025-12-31' }],
  });

  it.each([
    [4.5, 'onSchedule', { kind: 'inBand' }],
    [5, 'onSchedule', { kind: 'inBand' }],
    [5.01, 'needsAttention', { kind: 'aboveUpper', by: 0.01 }],
    [4.49, 'needsAttention', { kind: 'belowLower', by: 0.01 }],
    [6.01, 'behind', { kind: 'aboveUpper', by: 1.01 }],
  ] as const)('at %s per cent in September it is %s: a range is two-sided', (value, status, position) => {
    const evaluation = evaluateAt(ranged, '2025-09', value);
    expect(evaluation.status).toBe(status);
    expect(evaluation.position).toEqual(position);
  });

  it('misses a 合理区间 of 1%–3% for CPI with 2024’s 0.2%, below its lower bound', () => {
    const cpi = indicator({
      id: 'cpi',
      frequency: 'monthly',
      thresholds: [{ value: 1, valueMax: 3, comparator: 'range', deadline: '2024-12-31' }],
    });
    const evaluation = evaluateAt(cpi, '2024-12', 0.2, 2024);
    expect(evaluation.status).toBe('missed');
    expect(evaluation.position).toEqual({ kind: 'belowLower', by: 0.8 });
  });
});

describe('保持正增长: strictly above zero', () => {
  const positive = indicator({ thresholds: [{ value: 0, comparator: 'gt', deadline: '2025-12-31' }] });

  it.each([
    [0.1, 'onSchedule'],
    [0, 'needsAttention'],
    [-1, 'needsAttention'],
    [-1.01, 'behind'],
  ] as const)('at %s per cent in June it is %s (constructed)', (value, status) => {
    expect(evaluateAt(positive, '2025-06', value).status).toBe(status);
  });

  it('is missed at year end at exactly 0% and met at 0.1%', () => {
    expect(evaluateAt(positive, '2025-12', 0).status).toBe('missed');
    expect(evaluateAt(positive, '2025-12', 0.1).status).toBe('met');
  });
});

describe('an amount in a unit as written (城镇新增就业1200万人以上)', () => {
  const newJobs = indicator({
    id: 'new-urban-jobs',
    kind: 'cumulativeAmount',
    unit: 'measure',
    unitLabel: { zh: '万人', en: 'people' },
    frequency: 'monthly',
    thresholds: [{ value: 1200, comparator: 'gte', deadline: '2024-12-31' }],
  });

  it('is met by 2024’s 1256万人', () => {
    expect(evaluateAt(newJobs, '2024-12', 1256, 2024).status).toBe('met');
  });

  it('takes decimals: 3.3万人 against a pro-rata schedule of 3.3万人 by the end of the year is on schedule in June at 1.65', () => {
    const small = {
      ...newJobs,
      thresholds: [{ value: 3.3, comparator: 'gte' as const, deadline: '2024-12-31' }],
    };
    const evaluation = evaluateAt(small, '2024-06', 1.65, 2024);
    expect(evaluation.expected).toBe(1.65);
    expect(evaluation.status).toBe('onSchedule');
  });
});

describe('a target relative to a benchmark series (高于全省)', () => {
  const province: BenchmarkSeries = {
    id: 'shandong-gdp',
    planId: 'dezhou-2014',
    name: { zh: '全省', en: 'the province' },
    unit: 'percent',
    points: [{ period: '2014-03', value: 8.7 }],
    retired: false,
    version: 1,
  };
  const dezhouGdp = indicator({
    id: 'dezhou-gdp',
    planId: 'dezhou-2014',
    reference: { kind: 'benchmark', seriesId: 'shandong-gdp' },
    thresholds: [{ value: 0, comparator: 'gt', deadline: '2014-12-31' }],
  });
  const evaluate = (subject: Indicator, values: IndicatorValue[], asOfPeriod: Period, series = [province]) =>
    evaluatePlan([subject], values, at(asOfPeriod, 2014), series).get(subject.id);

  it('compares Q1 10.2% with the province’s 8.7% for the same period: 1.5 points above', () => {
    const evaluation = evaluate(dezhouGdp, [figure('dezhou-gdp', '2014-03', 10.2)], '2014-03');
    expect(evaluation?.status).toBe('ahead');
    expect(evaluation?.expected).toBe(8.7);
    expect(evaluation?.position).toEqual({
      kind: 'relative',
      reference: 'benchmark',
      label: { zh: '全省', en: 'the province' },
      period: '2014-03',
      yardstickValue: 8.7,
      difference: 1.5,
      inStep: false,
    });
  });

  it('with a margin (高于全省1个百分点, gte 1) is on schedule at 1.5 above and needs attention at 0.9 above (constructed)', () => {
    const margin = {
      ...dezhouGdp,
      thresholds: [{ value: 1, comparator: 'gte' as const, deadline: '2014-12-31' }],
    };
    expect(evaluate(margin, [figure('dezhou-gdp', '2014-03', 10.2)], '2014-03')?.status).toBe('onSchedule');
    expect(evaluate(margin, [figure('dezhou-gdp', '2014-03', 9.6)], '2014-03')?.status).toBe(
      'needsAttention',
    );
  });

  it('level with the province is not above it (constructed)', () => {
    expect(evaluate(dezhouGdp, [figure('dezhou-gdp', '2014-03', 8.7)], '2014-03')?.status).toBe(
      'needsAttention',
    );
  });

  it('awaits the province’s figure for the same period instead of using an older one', () => {
    const evaluation = evaluate(dezhouGdp, [figure('dezhou-gdp', '2014-06', 10.0)], '2014-06');
    expect(evaluation?.status).toBe('awaitingReference');
    expect(evaluation?.light).toBe('grey');
    expect(evaluation?.position).toEqual({
      kind: 'awaitingReference',
      reference: 'benchmark',
      label: { zh: '全省', en: 'the province' },
      period: '2014-06',
    });
  });

  it('awaits the province at year end too, and judges once both year-end figures are in (constructed)', () => {
    const values = [figure('dezhou-gdp', '2014-12', 9.4)];
    expect(evaluate(dezhouGdp, values, '2014-12')?.status).toBe('awaitingReference');
    const withYearEnd = [{ ...province, points: [...province.points, { period: '2014-12', value: 8.7 }] }];
    expect(evaluate(dezhouGdp, values, '2014-12', withYearEnd)?.status).toBe('met');
    const below = [{ ...province, points: [{ period: '2014-12', value: 9.7 }] }];
    const missed = evaluate(dezhouGdp, values, '2014-12', below);
    expect(missed?.status).toBe('missed');
    expect(missed?.position).toMatchObject({ kind: 'relative', difference: -0.3 });
  });

  it('awaits a benchmark series the plan does not hold rather than judging it', () => {
    const evaluation = evaluateIndicator(
      dezhouGdp,
      [figure('dezhou-gdp', '2014-03', 10.2)],
      at('2014-03', 2014),
    );
    expect(evaluation.status).toBe('awaitingReference');
  });
});

describe('a target relative to another indicator of the plan (居民收入增长和经济增长同步)', () => {
  const gdp = indicator({ thresholds: [{ value: 5, comparator: 'approx', deadline: '2024-12-31' }] });
  const income = indicator({
    id: 'income',
    name: { zh: '居民人均可支配收入实际增长', en: 'real disposable income per head' },
    reference: { kind: 'indicator', indicatorId: 'gdp' },
    thresholds: [{ value: 0, comparator: 'approx', deadline: '2024-12-31' }],
  });
  const evaluateIncome = (values: IndicatorValue[], asOfPeriod: Period) =>
    evaluatePlan([gdp, income], values, at(asOfPeriod, 2024)).get('income');

  it('is in step and met in 2024: income 5.1% against GDP 5.0% is within ±0.5 百分点', () => {
    const evaluation = evaluateIncome(
      [figure('gdp', '2024-12', 5), figure('income', '2024-12', 5.1)],
      '2024-12',
    );
    expect(evaluation?.status).toBe('met');
    expect(evaluation?.position).toEqual({
      kind: 'relative',
      reference: 'indicator',
      label: { zh: '国内生产总值', en: 'GDP' },
      period: '2024-12',
      yardstickValue: 5,
      difference: 0.1,
      inStep: true,
    });
  });

  it.each([
    [5.5, 'onSchedule', true],
    [4.5, 'onSchedule', true],
    [5.6, 'ahead', false],
    [4.4, 'needsAttention', false],
    [3.4, 'behind', false],
  ] as const)(
    'with GDP at 5.0 per cent after Q3, income at %s per cent is %s, in step: %s (constructed)',
    (value, status, inStep) => {
      const evaluation = evaluateIncome(
        [figure('gdp', '2024-09', 5), figure('income', '2024-09', value)],
        '2024-09',
      );
      expect(evaluation?.status).toBe(status);
      expect(evaluation?.position).toMatchObject({ kind: 'relative', inStep });
    },
  );

  it('reads the other indicator at the same period, not its latest', () => {
    const values = [
      figure('gdp', '2024-06', 5.0),
      figure('gdp', '2024-09', 4.6),
      figure('income', '2024-06', 5.4),
    ];
    expect(evaluateIncome(values, '2024-09')?.position).toMatchObject({ difference: 0.4, period: '2024-06' });
  });

  it('awaits the other indicator’s figure for the period', () => {
    const evaluation = evaluateIncome(
      [figure('gdp', '2024-06', 5.0), figure('income', '2024-09', 5.2)],
      '2024-09',
    );
    expect(evaluation?.status).toBe('awaitingReference');
    expect(evaluation?.position).toMatchObject({ kind: 'awaitingReference', label: { zh: '国内生产总值' } });
  });
});

describe('the end of a year', () => {
  const monthlyGdp = indicator({
    frequency: 'monthly',
    thresholds: [{ value: 6, comparator: 'gte', deadline: '2024-12-31' }],
  });

  it('waits for December’s figure for a monthly indicator and lists the months never reported', () => {
    const values = [figure('gdp', '2024-10', 6.5), figure('gdp', '2024-11', 6.4)];
    const evaluation = evaluateIndicator(monthlyGdp, values, at('2024-12', 2024));
    expect(evaluation.status).toBe('awaitingYearEnd');
    expect(evaluation.thresholds.map((t) => t.status)).toEqual(['awaitingYearEnd']);
    expect(evaluation.missingPeriods).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-12',
    ]);
  });

  it('judges a quarterly indicator on its Q4 figure once it is in', () => {
    const quarterly = { ...monthlyGdp, frequency: 'quarterly' as const };
    const values = [figure('gdp', '2024-09', 6.2), figure('gdp', '2024-12', 5.9)];
    expect(evaluateIndicator(quarterly, values, at('2024-12', 2024)).status).toBe('missed');
  });

  it('judges a yearly indicator on its annual figure (period 2024-12)', () => {
    const yearly = { ...monthlyGdp, frequency: 'yearly' as const };
    expect(evaluateIndicator(yearly, [], at('2024-12', 2024)).status).toBe('awaitingYearEnd');
    expect(evaluateIndicator(yearly, [], at('2024-12', 2024)).missingPeriods).toEqual(['2024-12']);
    expect(evaluateIndicator(yearly, [figure('gdp', '2024-12', 6.1)], at('2024-12', 2024)).status).toBe(
      'met',
    );
  });

  it('keeps the running status before December', () => {
    expect(evaluateIndicator(monthlyGdp, [figure('gdp', '2024-11', 6.4)], at('2024-11', 2024)).status).toBe(
      'onSchedule',
    );
  });
});
