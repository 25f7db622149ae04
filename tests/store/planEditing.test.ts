import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorInput } from '../../src/api/plansContract';
import { refusal } from './editRefusal';
import type { Store } from '../../server/store/port';
import type { Actor } from '../../server/store/writesPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const admin: Actor = { username: 'admin', displayName: '管理员' };

/** 城镇新增就业3.3万人以上: a count in 万人 with decimals, as a city's work report words it. */
const jobsTarget: IndicatorInput = {
  actionId: 'action-firms',
  name: { zh: '城镇新增就业', en: 'New urban jobs' },
  kind: 'cumulativeAmount',
  unit: 'measure',
  unitLabel: { zh: '万人', en: 'people' },
  direction: 'higherIsBetter',
  frequency: 'monthly',
  thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2024-12-31' }],
  targetText: { zh: '城镇新增就业3.3万人以上', en: 'At least 33,000 new urban jobs' },
  dataSource: { zh: '人社局', en: 'Human resources bureau' },
  sourceQuote: '城镇新增就业3.3万人以上',
};

describe.each(storeKindsUnderTest())('plan editing on the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
    await store.seed(seedFixture());
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('creates a plan for a city, lists it beside the seed plan and audits it', async () => {
    const plan = await store.planEditing.createPlan(
      {
        organisation: { zh: '某市', en: 'A City' },
        organisationLevel: 'city',
        year: 2025,
        title: { zh: '2025年政府工作报告目标', en: '2025 work report targets' },
        nature: 'expected',
        sourceDocument: { title: '政府工作报告', publishedOn: '2025-01-20' },
        sourceText: '全市生产总值增长5.5%左右。',
      },
      admin,
    );

    expect(plan).toMatchObject({ year: 2025, organisationLevel: 'city', version: 1, archived: false });
    expect(plan.sourceDocument).toMatchObject({ title: '政府工作报告', publishedOn: '2025-01-20' });
    const plans = await store.listPlans();
    expect(plans.map((summary) => summary.id).sort()).toEqual([planId, plan.id].sort());
    expect(await store.findPlan(plan.id)).toMatchObject({ sourceText: '全市生产总值增长5.5%左右。' });
    expect(await store.audit.list({ planId: plan.id })).toEqual([
      expect.objectContaining({ entityType: 'plan', entityId: plan.id, actor: 'admin' }),
    ]);
  });

  it('renames and archives a plan at the version read, and refuses a stale version with the stored plan', async () => {
    const renamed = await store.planEditing.updatePlan(
      planId,
      { title: { zh: '2024年重点目标', en: '2024 key targets' }, archived: true },
      1,
      admin,
    );
    expect(renamed).toMatchObject({ version: 2, archived: true, title: { zh: '2024年重点目标' } });

    const stale = await refusal(store.planEditing.updatePlan(planId, { archived: false }, 1, admin));
    expect(stale.code).toBe('conflict');
    expect(stale.details.current).toMatchObject({ version: 2, archived: true });
    expect((await store.listPlans())[0]).toMatchObject({ archived: true, version: 2 });
    const entries = await store.audit.list({ planId, entityType: 'plan' });
    expect(entries.map((entry) => entry.field).sort()).toEqual(['archived', 'title']);
  });

  it('copies a plan to 2025 with new ids, its frame and definitions, and none of its targets, figures or progress', async () => {
    const copy = await store.planEditing.copyPlan(planId, { year: 2025 }, admin);

    expect(copy).toMatchObject({ year: 2025, copiedFromPlanId: planId, title: { zh: '2025年工作计划' } });
    expect(copy.id).not.toBe(planId);
    const contents = await store.getPlan(copy.id);
    if (!contents) throw new Error('copy not stored');
    expect(contents.plan.actions.map((action) => action.name.zh)).toEqual(['项目攻坚', '企业培育']);
    const [projects] = contents.plan.actions;
    expect(projects?.centralTaskIds).toEqual([contents.plan.centralTasks[0]?.id]);
    expect(contents.plan.centralTasks[0]?.id).not.toBe('task-industry');
    expect(contents.indicators.map((indicator) => indicator.previousYearIndicatorId)).toEqual([
      'gdp-growth',
      'start-rate',
      'new-firms',
    ]);
    const ids = contents.indicators.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.some((id) => ['gdp-growth', 'start-rate', 'new-firms'].includes(id))).toBe(false);
    expect(contents.indicators.every((indicator) => indicator.thresholds.length === 0)).toBe(true);
    expect(contents.indicators[1]?.actionId).toBe(projects?.id);
    expect(contents.workItems).toEqual([
      expect.objectContaining({
        title: { zh: '园区提升', en: 'Park upgrade' },
        status: 'notStarted',
        notes: [],
      }),
    ]);
    expect(contents.workItems[0]?.id).not.toBe('park-upgrade');
    expect(await store.listValues({ planId: copy.id })).toEqual([]);
    expect(await store.listValues({ planId })).toHaveLength(3);

    const again = await store.planEditing.copyPlan(planId, { year: 2025 }, admin);
    const againContents = await store.getPlan(again.id);
    const allIds = [...ids, ...(againContents?.indicators.map((indicator) => indicator.id) ?? [])];
    expect(new Set(allIds).size).toBe(6);
  });

  it('builds a frame: tasks and actions created, renamed, reordered and retired, an action serving two tasks', async () => {
    const { plan: withTask, centralTask } = await store.planEditing.createCentralTask(
      planId,
      { name: { zh: '民生', en: 'Livelihoods' } },
      1,
      admin,
    );
    expect(withTask.version).toBe(2);
    const { action } = await store.planEditing.createAction(
      planId,
      {
        name: { zh: '就业促进', en: 'Jobs drive' },
        centralTaskIds: ['task-industry', centralTask.id],
        sourceQuote: '实施就业促进行动',
      },
      2,
      admin,
    );
    expect(action.centralTaskIds).toEqual(['task-industry', centralTask.id]);
    await store.planEditing.updateAction(
      planId,
      action.id,
      { name: { zh: '就业优先', en: 'Jobs first' }, order: 0 },
      3,
      admin,
    );
    const { plan } = await store.planEditing.updateCentralTask(
      planId,
      centralTask.id,
      { retired: true },
      4,
      admin,
    );

    expect(plan.version).toBe(5);
    const stored = await store.findPlan(planId);
    expect(stored?.actions.find((candidate) => candidate.id === action.id)).toMatchObject({
      name: { zh: '就业优先' },
      order: 0,
    });
    expect(stored?.centralTasks.find((task) => task.id === centralTask.id)?.retired).toBe(true);
    const unknownTask = await refusal(
      store.planEditing.updateAction(planId, action.id, { centralTaskIds: ['no-such-task'] }, 5, admin),
    );
    expect(unknownTask).toMatchObject({ code: 'invalid', field: 'patch.centralTaskIds.0' });
  });

  it('writes a whole new order of actions, of indicators and of work items in one write each, auditing each moved item', async () => {
    const plan = await store.planEditing.reorder(
      planId,
      { kind: 'actions', ids: ['action-firms', 'action-projects'], expectedVersion: 1 },
      admin,
    );
    expect(plan).toMatchObject({ plan: { version: 2 } });
    const stored = await store.findPlan(planId);
    expect(stored?.actions.map((action) => [action.id, action.order])).toEqual([
      ['action-projects', 2],
      ['action-firms', 1],
    ]);

    const jobs = await store.planEditing.createIndicator(
      planId,
      { ...jobsTarget, actionId: 'action-projects' },
      admin,
    );
    const indicators = await store.planEditing.reorder(
      planId,
      {
        kind: 'indicators',
        items: [
          { id: jobs.id, expectedVersion: 1 },
          { id: 'start-rate', expectedVersion: 1 },
        ],
      },
      admin,
    );
    // The two take the places they held between them (2 and 4), in the new sequence.
    expect(indicators).toEqual({
      indicators: [
        expect.objectContaining({ id: jobs.id, order: 2, version: 2 }),
        expect.objectContaining({ id: 'start-rate', order: jobs.order, version: 2 }),
      ],
    });

    const item = await store.planEditing.createWorkItem(
      planId,
      {
        actionId: 'action-projects',
        title: { zh: '园区提升', en: 'Parks' },
        sourceQuote: '推进园区提质升级',
      },
      admin,
    );
    await store.planEditing.reorder(
      planId,
      {
        kind: 'workItems',
        items: [
          { id: item.id, expectedVersion: 1 },
          { id: 'park-upgrade', expectedVersion: 1 },
        ],
      },
      admin,
    );
    const workItems = (await store.getPlan(planId))?.workItems ?? [];
    const orderOf = (id: string) => workItems.find((each) => each.id === id)?.order ?? NaN;
    expect(orderOf(item.id)).toBeLessThan(orderOf('park-upgrade'));

    const orders = (await store.audit.list({ planId }))
      .filter((entry) => entry.field === 'order')
      .map((entry) => entry.entityId)
      .sort();
    expect(orders).toEqual(
      ['action-firms', 'action-projects', jobs.id, 'start-rate', item.id, 'park-upgrade'].sort(),
    );
  });

  it('refuses a stale or mixed new order with what is stored, writing nothing', async () => {
    const before = await store.getPlan(planId);
    const stale = await refusal(
      store.planEditing.reorder(
        planId,
        { kind: 'centralTasks', ids: ['task-industry'], expectedVersion: 9 },
        admin,
      ),
    );
    expect(stale).toMatchObject({ code: 'conflict', field: 'expectedVersion' });
    const staleItem = await refusal(
      store.planEditing.reorder(
        planId,
        {
          kind: 'indicators',
          items: [
            { id: 'start-rate', expectedVersion: 1 },
            { id: 'park-upgrade', expectedVersion: 1 },
          ],
        },
        admin,
      ),
    );
    expect(staleItem.code).toBe('notFound');
    const mixed = await refusal(
      store.planEditing.reorder(
        planId,
        {
          kind: 'indicators',
          items: [
            { id: 'start-rate', expectedVersion: 1 },
            { id: 'new-firms', expectedVersion: 1 },
          ],
        },
        admin,
      ),
    );
    expect(mixed).toMatchObject({ code: 'invalid', field: 'items.1.id' });
    const twice = await refusal(
      store.planEditing.reorder(
        planId,
        { kind: 'actions', ids: ['action-firms', 'action-firms'], expectedVersion: 1 },
        admin,
      ),
    );
    expect(twice).toMatchObject({ code: 'invalid', field: 'ids.1' });
    const outdated = await refusal(
      store.planEditing.reorder(
        planId,
        { kind: 'indicators', items: [{ id: 'start-rate', expectedVersion: 7 }] },
        admin,
      ),
    );
    expect(outdated).toMatchObject({ code: 'conflict', field: 'items.0.expectedVersion' });
    expect(await store.getPlan(planId)).toEqual(before);
  });

  it('creates an indicator in 万人 with decimals, moves it, retires and restores it, auditing each step', async () => {
    const created = await store.planEditing.createIndicator(planId, jobsTarget, admin);
    expect(created).toMatchObject({
      version: 1,
      unitLabel: { zh: '万人' },
      thresholds: [{ value: 3.3 }],
      retired: false,
    });

    const moved = await store.planEditing.editIndicator(
      planId,
      created.id,
      { actionId: 'action-projects' },
      1,
      admin,
    );
    expect(moved).toMatchObject({ actionId: 'action-projects', version: 2 });
    const retired = await store.planEditing.editIndicator(planId, created.id, { retired: true }, 2, admin);
    const restored = await store.planEditing.editIndicator(planId, created.id, { retired: false }, 3, admin);

    expect(retired.retired).toBe(true);
    expect(restored).toMatchObject({ retired: false, version: 4 });
    const fields = (await store.audit.list({ indicatorId: created.id })).map(
      (entry) => entry.field ?? 'created',
    );
    expect(fields.sort()).toEqual(['actionId', 'created', 'retired', 'retired']);
  });

  it('refuses targets the plan year or arithmetic forbids, writing nothing', async () => {
    const cases: [Partial<IndicatorInput>, string, string][] = [
      [
        { thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2025-12-31' }] },
        'indicator.thresholds.0.deadline',
        '不在计划年度（2024年）内',
      ],
      [
        { thresholds: [{ value: 3.3, comparator: 'gte', deadline: '2024-02-31' }] },
        'indicator.thresholds.0.deadline',
        '有效日期',
      ],
      [
        { thresholds: [{ value: 5, valueMax: 4.5, comparator: 'range', deadline: '2024-12-31' }] },
        'indicator.thresholds.0.valueMax',
        '上限应不低于5',
      ],
      [
        { thresholds: [{ value: 5.5, band: 0, comparator: 'approx', deadline: '2024-12-31' }] },
        'indicator.thresholds.0.band',
        '须大于0',
      ],
      [
        { thresholds: [{ value: 1e308, comparator: 'gte', deadline: '2024-12-31' }] },
        'indicator.thresholds.0.value',
        '之间',
      ],
      [
        { reference: { kind: 'indicator', indicatorId: 'start-rate' } },
        'indicator.reference.indicatorId',
        '单位',
      ],
      [
        { reference: { kind: 'benchmark', seriesId: 'no-such-series' } },
        'indicator.reference.seriesId',
        '对标',
      ],
      [{ tolerances: { attention: 0.95, behind: 0.99 } }, 'indicator.tolerances.behind', '不能宽于'],
      [{ leadDepartment: '不存在的局' }, 'indicator.leadDepartment', '已登记'],
    ];
    for (const [fields, field, reason] of cases) {
      const refused = await refusal(
        store.planEditing.createIndicator(planId, { ...jobsTarget, ...fields }, admin),
      );
      expect(refused.code).toBe('invalid');
      expect(refused.field).toBe(field);
      expect(refused.details.reason?.zh).toContain(reason);
    }
    const { indicators } = (await store.getPlan(planId)) ?? { indicators: [] };
    expect(indicators).toHaveLength(3);
    expect(await store.audit.list({ planId })).toEqual([]);
  });

  it('refuses a relative target against itself', async () => {
    const created = await store.planEditing.createIndicator(planId, jobsTarget, admin);
    const refused = await refusal(
      store.planEditing.editIndicator(
        planId,
        created.id,
        { reference: { kind: 'indicator', indicatorId: created.id } },
        1,
        admin,
      ),
    );
    expect(refused).toMatchObject({ code: 'invalid', field: 'patch.reference.indicatorId' });
  });

  it('stores the live events of an edit in the change log with it, and of a refused one nothing', async () => {
    const heard: unknown[] = [];
    store.events.onCommit((events) => heard.push(...events.map((stored) => stored.event)));
    const created = await store.planEditing.createIndicator(planId, jobsTarget, admin);
    await refusal(store.planEditing.editIndicator(planId, created.id, { order: 9 }, 7, admin));
    const copy = await store.planEditing.copyPlan(planId, { year: 2025 }, admin);

    expect(heard[0]).toEqual({ type: 'indicator', planId, ids: [created.id] });
    expect(heard.slice(1)).toEqual(
      expect.arrayContaining([
        { type: 'plan', planId: copy.id, ids: [copy.id] },
        expect.objectContaining({ type: 'indicator', planId: copy.id }),
        expect.objectContaining({ type: 'workItems', planId: copy.id }),
      ]),
    );
    expect(heard).toHaveLength(4);
  });

  it('refuses to change the kind of an indicator that has figures', async () => {
    const refused = await refusal(
      store.planEditing.editIndicator(planId, 'new-firms', { kind: 'cumulativeAmount' }, 1, admin),
    );
    expect(refused).toMatchObject({ code: 'invalid', field: 'patch.kind' });
  });

  it('keeps departments per organisation, assigns lead departments in bulk (all or nothing) and carries a rename into the plans', async () => {
    const statistics = await store.planEditing.createDepartment(
      { organisation: '试验区', name: { zh: '区统计局', en: 'Statistics bureau' } },
      admin,
    );
    await store.planEditing.createDepartment(
      { organisation: '另一区', name: { zh: '区统计局', en: 'Statistics' } },
      admin,
    );
    const duplicate = await refusal(
      store.planEditing.createDepartment(
        { organisation: '试验区', name: { zh: '区统计局', en: 'Again' } },
        admin,
      ),
    );
    expect(duplicate.field).toBe('department.name.zh');
    expect((await store.planEditing.listDepartments('试验区')).map((d) => d.name.zh)).toEqual(['区统计局']);

    const staleOne = await refusal(
      store.planEditing.assignLeadDepartments(
        planId,
        [
          { indicatorId: 'gdp-growth', leadDepartment: '区统计局', expectedVersion: 1 },
          { indicatorId: 'new-firms', leadDepartment: '区统计局', expectedVersion: 7 },
        ],
        admin,
      ),
    );
    expect(staleOne.code).toBe('conflict');
    expect((await store.getIndicator('gdp-growth'))?.leadDepartment).toBeNull();

    const assigned = await store.planEditing.assignLeadDepartments(
      planId,
      [
        { indicatorId: 'gdp-growth', leadDepartment: '区统计局', expectedVersion: 1 },
        { indicatorId: 'new-firms', leadDepartment: '区统计局', expectedVersion: 1 },
      ],
      admin,
    );
    expect(assigned.map((indicator) => [indicator.leadDepartment, indicator.version])).toEqual([
      ['区统计局', 2],
      ['区统计局', 2],
    ]);
    const renamed = await store.planEditing.editDepartment(
      statistics.id,
      { name: { zh: '区统计中心', en: 'Statistics centre' } },
      1,
      admin,
    );
    expect((await store.getIndicator('gdp-growth'))?.leadDepartment).toBe('区统计中心');
    const retired = await store.planEditing.editDepartment(
      statistics.id,
      { retired: true },
      renamed.version,
      admin,
    );
    expect(retired).toMatchObject({ retired: true, version: 3 });
  });

  it('keeps work items: created, moved, retired, with progress notes in order', async () => {
    const item = await store.planEditing.createWorkItem(
      planId,
      {
        actionId: 'action-firms',
        title: { zh: '企业梯度培育', en: 'Firm ladder' },
        sourceQuote: '完善企业梯度培育体系',
      },
      admin,
    );
    const moved = await store.planEditing.editWorkItem(
      planId,
      item.id,
      { actionId: 'action-projects' },
      1,
      admin,
    );
    const progressed = await store.planEditing.recordWorkItemProgress(
      planId,
      item.id,
      { status: 'inProgress', date: '2024-04-02', text: '完成摸底' },
      2,
      admin,
    );

    expect(moved.actionId).toBe('action-projects');
    expect(progressed).toMatchObject({
      status: 'inProgress',
      version: 3,
      notes: [{ date: '2024-04-02', text: '完成摸底', author: '管理员' }],
    });
    const impossible = await refusal(
      store.planEditing.recordWorkItemProgress(
        planId,
        item.id,
        { status: 'done', date: '2024-02-30', text: '完成' },
        3,
        admin,
      ),
    );
    expect(impossible).toMatchObject({ code: 'invalid', field: 'date' });
    const retired = await store.planEditing.editWorkItem(planId, item.id, { retired: true }, 3, admin);
    expect(retired.retired).toBe(true);
    expect((await store.getPlan(planId))?.workItems.map((w) => w.id)).toContain(item.id);
  });

  it('enters benchmark points month by month and measures a target against the series', async () => {
    const series = await store.planEditing.createBenchmark(
      planId,
      { name: { zh: '全省', en: 'Province' }, unit: 'percent' },
      admin,
    );
    await store.planEditing.enterBenchmarkPoints(
      planId,
      series.id,
      { points: [{ period: '2024-03', value: 5.9 }] },
      1,
      admin,
    );
    const updated = await store.planEditing.enterBenchmarkPoints(
      planId,
      series.id,
      {
        points: [
          { period: '2024-06', value: 5.6 },
          { period: '2024-03', value: 6.0 },
        ],
      },
      2,
      admin,
    );
    expect(updated.points).toEqual([
      { period: '2024-03', value: 6.0 },
      { period: '2024-06', value: 5.6 },
    ]);
    const outside = await refusal(
      store.planEditing.enterBenchmarkPoints(
        planId,
        series.id,
        { points: [{ period: '2025-01', value: 1 }] },
        3,
        admin,
      ),
    );
    expect(outside.details.reason?.zh).toBe('不在计划年度（2024年）内');

    const aboveProvince = await store.planEditing.createIndicator(
      planId,
      {
        ...jobsTarget,
        name: { zh: '规上工业增加值增速', en: 'Industrial value added growth' },
        kind: 'growthRate',
        unit: 'percent',
        unitLabel: null,
        thresholds: [{ value: 0, comparator: 'gt', deadline: '2024-12-31' }],
        targetText: { zh: '高于全省', en: 'Above the province' },
        reference: { kind: 'benchmark', seriesId: series.id },
      },
      admin,
    );
    expect(aboveProvince.reference).toEqual({ kind: 'benchmark', seriesId: series.id });
    expect((await store.planEditing.listBenchmarks(planId)).map((s) => s.version)).toEqual([3]);
  });
});
