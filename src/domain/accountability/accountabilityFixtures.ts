/** A monthly growth-rate indicator and its figures, for the accountability examples. */
import { indicatorDefaults, type Indicator, type IndicatorValue, type Period } from '../model';

export function growthIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'gdp',
    planId: 'zone-2024',
    actionId: null,
    isMainTarget: true,
    order: 1,
    name: { zh: '地区生产总值', en: 'Gross domestic product' },
    kind: 'growthRate',
    unit: 'percent',
    direction: 'higherIsBetter',
    frequency: 'monthly',
    thresholds: [{ value: 6, comparator: 'gte', deadline: '2024-12-31' }],
    targetText: { zh: '增长6%', en: 'growth of 6%' },
    tolerances: null,
    plannedPath: null,
    leadDepartment: '区统计局',
    dataSource: { zh: '统计部门', en: 'Statistics office' },
    definition: null,
    sourceQuote: '地区生产总值增长6%',
    derivation: null,
    ...indicatorDefaults,
    version: 1,
    updatedAt: '2024-02-07T00:00:00.000Z',
    ...overrides,
  };
}

export function figure(period: Period, value: number, indicatorId = 'gdp'): IndicatorValue {
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
    recordedAt: `${period}-28T02:00:00.000Z`,
    version: 1,
  };
}
