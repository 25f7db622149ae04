/**
 * A 2025 city plan holding every kind of target the product knows, built through the store's plan
 * editing: 左右 with a band, a range, 保持正增长, lower-is-better, 高于全省 against a benchmark
 * series, 与经济增长同步 against another indicator, amounts in 万人 and 万吨, a count in 家, a
 * binding target, a qualitative one, several dated thresholds, a rank, a milestone, tolerances, a
 * planned path, a retired indicator and a retired central task. The wording follows the 2025
 * government work report (政府工作报告, 5 March 2025); the city is a placeholder.
 */
import type { IndicatorInput } from '../../src/api/plansContract';
import type { Store } from '../../server/store/port';
import type { Actor } from '../../server/store/writesPort';

const admin: Actor = { username: 'admin', displayName: '管理员' };
export const everyKindOrganisation = '示例市';
const statistics = '市统计局';
const development = '市发展改革委';

function target(
  fields: Partial<IndicatorInput> & Pick<IndicatorInput, 'name' | 'thresholds' | 'targetText'>,
): IndicatorInput {
  return {
    actionId: null,
    isMainTarget: true,
    kind: 'growthRate',
    unit: 'percent',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    dataSource: { zh: statistics, en: 'Statistics bureau' },
    leadDepartment: statistics,
    sourceQuote: fields.targetText.zh.length >= 4 ? fields.targetText.zh : `目标：${fields.targetText.zh}`,
    ...fields,
  };
}

/** Builds the plan in `store` and answers its id. */
export async function buildEveryKindPlan(store: Store): Promise<string> {
  const editing = store.planEditing;
  for (const [zh, en] of [
    [statistics, 'Statistics bureau'],
    [development, 'Development and reform commission'],
  ] as const) {
    const known = await editing.listDepartments(everyKindOrganisation);
    if (!known.some((department) => department.name.zh === zh))
      await editing.createDepartment({ organisation: everyKindOrganisation, name: { zh, en } }, admin);
  }
  let plan = await editing.createPlan(
    {
      organisation: { zh: everyKindOrganisation, en: 'Example City' },
      organisationLevel: 'city',
      year: 2025,
      title: { zh: '示例市2025年政府工作报告目标', en: 'Example City: 2025 work report targets' },
      nature: 'expected',
      frameName: { zh: '“五大攻坚行动”', en: 'Five campaigns' },
      sourceDocument: {
        title: '政府工作报告',
        publisher: '市人民政府',
        publishedOn: '2025-01-20',
        meetingOn: '2025-01-18',
      },
      sourceText: '全市生产总值增长5.5%左右，城镇新增就业3.3万人以上。',
      goal: {
        text: { zh: '稳中求进、以进促稳', en: 'Seek progress while keeping stable' },
        sourceQuote: '坚持稳中求进工作总基调',
      },
    },
    admin,
  );
  const task = await editing.createCentralTask(
    plan.id,
    { name: { zh: '扩大内需', en: 'Expand demand' } },
    plan.version,
    admin,
  );
  plan = task.plan;
  const retiredTask = await editing.createCentralTask(
    plan.id,
    { name: { zh: '旧任务', en: 'Old task' } },
    plan.version,
    admin,
  );
  plan = (
    await editing.updateCentralTask(
      plan.id,
      retiredTask.centralTask.id,
      { retired: true },
      retiredTask.plan.version,
      admin,
    )
  ).plan;
  const action = await editing.createAction(
    plan.id,
    {
      name: { zh: '项目建设攻坚', en: 'Project construction' },
      centralTaskIds: [task.centralTask.id],
      sourceQuote: '实施项目建设攻坚行动。',
    },
    plan.version,
    admin,
  );
  const actionId = action.action.id;
  const province = await editing.createBenchmark(
    plan.id,
    { name: { zh: '全省', en: 'Province' }, unit: 'percent' },
    admin,
  );
  await editing.enterBenchmarkPoints(
    plan.id,
    province.id,
    {
      points: [
        { period: '2025-03', value: 5.6 },
        { period: '2025-06', value: 5.3 },
      ],
    },
    province.version,
    admin,
  );
  const create = (input: IndicatorInput) => editing.createIndicator(plan.id, input, admin);
  const gdp = await create(
    target({
      name: { zh: '地区生产总值增速', en: 'GDP growth' },
      thresholds: [{ value: 5.5, band: 0.5, comparator: 'approx', deadline: '2025-12-31' }],
      targetText: { zh: '增长5.5%左右', en: 'Around 5.5%' },
      tolerances: { attention: 0.5, behind: 1 },
      plannedPath: [
        { period: '2025-03', value: 5.2 },
        { period: '2025-06', value: 5.4 },
      ],
      definition: { zh: '按可比价格计算', en: 'At comparable prices' },
      contributingDepartments: [development],
    }),
  );
  await create(
    target({
      name: { zh: '居民人均可支配收入增速', en: 'Disposable income growth' },
      thresholds: [{ value: 0, band: 0.5, comparator: 'approx', deadline: '2025-12-31' }],
      targetText: { zh: '与经济增长同步', en: 'In step with growth' },
      reference: { kind: 'indicator', indicatorId: gdp.id },
    }),
  );
  await create(
    target({
      name: { zh: '固定资产投资增速', en: 'Fixed-asset investment growth' },
      thresholds: [{ value: 0, comparator: 'gt', deadline: '2025-12-31' }],
      targetText: { zh: '高于全省', en: 'Above the province' },
      reference: { kind: 'benchmark', seriesId: province.id },
      frequency: 'monthly',
    }),
  );
  await create(
    target({
      name: { zh: '社会消费品零售总额增速', en: 'Retail sales growth' },
      thresholds: [{ value: 0, comparator: 'gt', deadline: '2025-12-31' }],
      targetText: { zh: '保持正增长', en: 'Positive growth' },
    }),
  );
  await create(
    target({
      name: { zh: '城镇调查失业率', en: 'Surveyed urban unemployment' },
      direction: 'lowerIsBetter',
      thresholds: [{ value: 5.5, band: 0.3, comparator: 'approx', deadline: '2025-12-31' }],
      targetText: { zh: '5.5%左右', en: 'Around 5.5%' },
    }),
  );
  await create(
    target({
      name: { zh: '居民消费价格涨幅', en: 'Consumer prices' },
      direction: 'lowerIsBetter',
      thresholds: [{ value: 2, valueMax: 3, comparator: 'range', deadline: '2025-12-31' }],
      targetText: { zh: '保持在合理区间', en: 'Within a reasonable range' },
      frequency: 'monthly',
    }),
  );
  await create(
    target({
      name: { zh: '单位GDP能耗', en: 'Energy per unit of GDP' },
      direction: 'lowerIsBetter',
      thresholds: [{ value: -2, comparator: 'lte', deadline: '2025-12-31' }],
      targetText: { zh: '下降2%以上', en: 'Down 2% or more' },
      nature: 'binding',
      frequency: 'yearly',
    }),
  );
  await create(
    target({
      name: { zh: '城镇新增就业', en: 'New urban jobs' },
      kind: 'cumulativeAmount',
      unit: 'measure',
      unitLabel: { zh: '万人', en: 'people' },
      thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2025-12-31' }],
      targetText: { zh: '3.3万人以上', en: 'At least 33,000' },
      nature: 'binding',
      frequency: 'monthly',
    }),
  );
  await create(
    target({
      name: { zh: '粮食产量', en: 'Grain output' },
      kind: 'cumulativeAmount',
      unit: 'measure',
      unitLabel: { zh: '万吨', en: 'tonnes' },
      thresholds: [{ value: 70, comparator: 'gte', deadline: '2025-12-31' }],
      targetText: { zh: '稳定在70万吨以上', en: 'At least 700,000 tonnes' },
      frequency: 'yearly',
    }),
  );
  await create(
    target({
      actionId,
      isMainTarget: false,
      name: { zh: '新增规上工业企业', en: 'New industrial firms above scale' },
      kind: 'cumulativeCount',
      unit: 'count',
      unitLabel: { zh: '家', en: 'firms' },
      thresholds: [{ value: 40, comparator: 'gte', deadline: '2025-12-31' }],
      targetText: { zh: '新增40家以上', en: 'At least 40 new' },
      leadDepartment: development,
      frequency: 'monthly',
    }),
  );
  await create(
    target({
      actionId,
      isMainTarget: false,
      name: { zh: '重点项目开工率', en: 'Key project start rate' },
      kind: 'deadlineRate',
      thresholds: [
        { value: 90, comparator: 'gt', deadline: '2025-03-31' },
        { value: 100, comparator: 'eq', deadline: '2025-06-30' },
      ],
      targetText: { zh: '一季度超过90%，上半年全部开工', en: 'Over 90% by Q1, all by H1' },
      frequency: 'monthly',
    }),
  );
  await create(
    target({
      actionId,
      isMainTarget: false,
      name: { zh: '营商环境评价位次', en: 'Business environment rank' },
      kind: 'rank',
      unit: 'rank',
      direction: 'lowerIsBetter',
      thresholds: [{ value: 3, comparator: 'lte', deadline: '2025-12-31' }],
      targetText: { zh: '全省前三', en: 'Top three in the province' },
      frequency: 'yearly',
    }),
  );
  await create(
    target({
      actionId,
      isMainTarget: false,
      name: { zh: '产业园区建成', en: 'Industrial park completed' },
      kind: 'milestone',
      unit: 'none',
      thresholds: [{ value: 1, comparator: 'eq', deadline: '2025-10-31' }],
      targetText: { zh: '10月底前建成', en: 'Completed by October' },
      frequency: 'once',
    }),
  );
  await create(
    target({
      actionId,
      isMainTarget: false,
      name: { zh: '外贸进出口', en: 'Foreign trade' },
      kind: 'qualitative',
      unit: 'none',
      thresholds: [],
      targetText: { zh: '稳量提质', en: 'Steady volume, better quality' },
    }),
  );
  const retired = await create(
    target({
      name: { zh: '旧指标', en: 'Old indicator' },
      thresholds: [{ value: 1, comparator: 'gte', deadline: '2025-12-31' }],
      targetText: { zh: '增长1%以上', en: 'Above 1%' },
    }),
  );
  await editing.editIndicator(plan.id, retired.id, { retired: true }, retired.version, admin);
  const workItem = await editing.createWorkItem(
    plan.id,
    {
      actionId,
      title: { zh: '推进重大项目建设', en: 'Push major projects' },
      owner: development,
      sourceQuote: '扎实推进重大项目建设',
    },
    admin,
  );
  // Its progress: a state and dated notes, oldest first.
  await editing.recordWorkItemProgress(
    plan.id,
    workItem.id,
    { status: 'inProgress', date: '2025-04-02', text: '完成项目摸底' },
    1,
    admin,
  );
  await editing.recordWorkItemProgress(
    plan.id,
    workItem.id,
    { status: 'blocked', date: '2025-07-01', text: '两个项目用地未落实' },
    2,
    admin,
  );
  return plan.id;
}
