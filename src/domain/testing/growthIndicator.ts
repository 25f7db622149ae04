/**
 * The indicator most worked examples start from: 地区生产总值增长6% by the end of 2024, a growth rate
 * reported monthly with the default tolerances. Each example overrides what it is about.
 */
import { indicatorDefaults, type Indicator } from '../model';

export function growthIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'gdp',
    planId: 'plan-2024',
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
    leadDepartment: null,
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
