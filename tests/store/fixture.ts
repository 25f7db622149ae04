/**
 * A small plan for the store tests: two campaign actions, three indicators (one a main target),
 * one work item and three March figures, one of them demo. A fresh copy on every call.
 */
import {
  indicatorDefaults,
  type Indicator,
  type IndicatorValue,
  type Plan,
  type WorkItem,
} from '../../src/domain/model';
import type { SeedData } from '../../server/store/port';

export const planId = 'zone-2024';

const plan: Plan = {
  id: planId,
  zone: { zh: '试验区', en: 'Test Zone' },
  year: 2024,
  title: { zh: '2024年工作计划', en: '2024 work plan' },
  organisationLevel: 'zone',
  nature: 'expected',
  copiedFromPlanId: null,
  archived: false,
  version: 1,
  frameName: null,
  sourceText: '',
  sourceDocument: {
    title: '工作会议报道',
    publisher: '区融媒体中心',
    meetingOn: '2024-02-18',
    publishedOn: '2024-02-19',
  },
  goal: { text: { zh: '全年目标', en: 'The year goal' }, sourceQuote: '确保全年目标顺利完成' },
  centralTasks: [{ id: 'task-industry', order: 1, name: { zh: '产业', en: 'Industry' }, retired: false }],
  actions: [
    {
      id: 'action-projects',
      order: 1,
      name: { zh: '项目攻坚', en: 'Project drive' },
      centralTaskIds: ['task-industry'],
      sourceQuote: '实施项目攻坚行动',
      retired: false,
    },
    {
      id: 'action-firms',
      order: 2,
      name: { zh: '企业培育', en: 'Firm growth' },
      centralTaskIds: [],
      sourceQuote: '实施企业培育行动',
      retired: false,
    },
  ],
};

function indicator(
  fields: Pick<
    Indicator,
    'id' | 'actionId' | 'isMainTarget' | 'order' | 'name' | 'kind' | 'unit' | 'thresholds'
  >,
): Indicator {
  return {
    planId,
    direction: 'higherIsBetter',
    frequency: 'monthly',
    targetText: { zh: '目标', en: 'Target' },
    tolerances: null,
    plannedPath: null,
    leadDepartment: null,
    dataSource: { zh: '统计局', en: 'Statistics bureau' },
    definition: null,
    sourceQuote: '原文中的目标句子',
    derivation: null,
    ...indicatorDefaults,
    contributingDepartments: [],
    version: 1,
    updatedAt: '2024-02-19T00:00:00.000Z',
    ...fields,
  };
}

const indicators: Indicator[] = [
  indicator({
    id: 'gdp-growth',
    actionId: null,
    isMainTarget: true,
    order: 1,
    name: { zh: '地区生产总值增速', en: 'GDP growth' },
    kind: 'growthRate',
    unit: 'percent',
    thresholds: [{ value: 6, comparator: 'gte', deadline: '2024-12-31' }],
  }),
  indicator({
    id: 'start-rate',
    actionId: 'action-projects',
    isMainTarget: false,
    order: 2,
    name: { zh: '重点项目开工率', en: 'Key project start rate' },
    kind: 'deadlineRate',
    unit: 'percent',
    thresholds: [
      { value: 90, comparator: 'gt', deadline: '2024-03-31' },
      { value: 100, comparator: 'eq', deadline: '2024-06-30' },
    ],
  }),
  indicator({
    id: 'new-firms',
    actionId: 'action-firms',
    isMainTarget: false,
    order: 3,
    name: { zh: '新增规上企业', en: 'New sizeable firms' },
    kind: 'cumulativeCount',
    unit: 'count',
    thresholds: [{ value: 10, comparator: 'gte', deadline: '2024-12-31' }],
  }),
];

const workItems: WorkItem[] = [
  {
    id: 'park-upgrade',
    planId,
    actionId: 'action-projects',
    order: 1,
    title: { zh: '园区提升', en: 'Park upgrade' },
    status: 'inProgress',
    owner: null,
    sourceQuote: '推进园区提质升级',
    retired: false,
    notes: [{ date: '2024-03-05', text: '完成规划', author: '张三' }],
    version: 1,
  },
];

export function figure(
  fields: Pick<IndicatorValue, 'indicatorId' | 'period' | 'value' | 'recordedAt'> & Partial<IndicatorValue>,
): IndicatorValue {
  return {
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: 'tester',
    version: 1,
    ...fields,
  };
}

/** Sorted as the stores list them: by indicator id, then period. */
const values: IndicatorValue[] = [
  figure({
    indicatorId: 'gdp-growth',
    period: '2024-03',
    value: 6.1,
    recordedAt: '2024-04-10T02:00:00.000Z',
    source: '统计月报',
  }),
  figure({
    indicatorId: 'new-firms',
    period: '2024-03',
    value: 4,
    recordedAt: '2024-04-12T03:30:00.000Z',
    note: '含2家转规',
  }),
  figure({
    indicatorId: 'start-rate',
    period: '2024-03',
    value: 92.5,
    recordedAt: '2024-03-31T15:59:59.999Z',
    isDemo: true,
    recordedBy: 'demo',
  }),
];

export function seedFixture(): SeedData {
  return structuredClone({ plan, indicators, workItems, values });
}
