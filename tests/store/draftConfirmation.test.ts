/**
 * Confirming a reviewed draft on every store: the targets of a work report written into a new plan
 * with its frame, or added to an existing plan at the version read, all or nothing and audited.
 * The report is the 2025 government work report (政府工作报告, 5 March 2025), its main targets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftConfirmationBody, ReviewedTargetBody } from '../../src/api/planDraftsContract';
import { acceptedTargets } from '../../src/domain/drafting/testing/acceptedTargets';
import { refusal } from './editRefusal';
import type { Store } from '../../server/store/port';
import type { Actor } from '../../server/store/writesPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const admin: Actor = { username: 'admin', displayName: '管理员' };

const report =
  '今年发展主要预期目标是:国内生产总值增长5%左右;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;' +
  '居民消费价格涨幅2%左右;居民收入增长和经济增长同步;粮食产量1.4万亿斤左右。';

const newPlan = (targets: ReviewedTargetBody[]): Omit<DraftConfirmationBody, 'note'> => ({
  into: {
    kind: 'newPlan',
    plan: {
      organisation: { zh: '示例市', en: 'Example City' },
      organisationLevel: 'city',
      year: 2025,
      title: { zh: '2025年政府工作报告目标', en: '2025 work report targets' },
      sourceDocument: { title: '政府工作报告', publishedOn: '2025-03-05' },
      sourceText: report,
    },
  },
  centralTasks: [],
  actions: [],
  targets,
});

describe.each(storeKindsUnderTest())('confirming a reviewed draft on the $name store', (kind) => {
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

  it('creates a new plan holding every accepted target with its figure, unit and quote, and audits each', async () => {
    const targets = acceptedTargets(report, 2025);
    const { plan, indicators } = await store.planEditing.confirmDraft(
      newPlan(targets),
      admin,
      '从工作报告起草',
    );
    expect(plan).toMatchObject({ year: 2025, zone: { zh: '示例市' }, sourceText: report, version: 2 });
    const stored = await store.getPlan(plan.id);
    expect(
      stored?.indicators.map((indicator) => [
        indicator.name.zh,
        indicator.kind,
        indicator.thresholds[0]?.value ?? null,
      ]),
    ).toEqual([
      ['国内生产总值', 'growthRate', 5],
      ['城镇调查失业率', 'deadlineRate', 5.5],
      ['城镇新增就业', 'cumulativeAmount', 1200],
      ['居民消费价格', 'growthRate', 2],
      ['居民收入', 'qualitative', null],
      ['粮食产量', 'cumulativeAmount', 1.4],
    ]);
    expect(stored?.indicators[2]?.unitLabel).toEqual({ zh: '万人', en: 'people' });
    expect(stored?.indicators[5]?.unitLabel).toEqual({ zh: '万亿斤', en: 'jin' });
    expect(indicators.every((indicator) => indicator.isMainTarget && indicator.actionId === null)).toBe(true);
    const audit = await store.audit.list({ planId: plan.id });
    expect(audit.filter((entry) => entry.entityType === 'indicator')).toHaveLength(6);
    expect(audit.map((entry) => entry.note)).toEqual(Array(audit.length).fill('从工作报告起草'));
    expect(audit.some((entry) => entry.field === 'draftedTargets')).toBe(true);
  });

  it('adds the targets to an existing plan under the actions they name, creating the actions it lacks', async () => {
    const before = await store.findPlan(planId);
    const [first, second] = acceptedTargets(
      '实施项目攻坚行动。全年新开工项目40个以上,新增规上企业10家以上。',
      2024,
    );
    const { plan, indicators } = await store.planEditing.confirmDraft(
      {
        into: { kind: 'existingPlan', planId, expectedVersion: before?.version ?? 0 },
        centralTasks: [],
        actions: ['项目攻坚', '科技创新提升'],
        targets: [
          { ...first!, actionName: '项目攻坚' },
          { ...second!, actionName: '招商引资突破' },
        ],
      },
      admin,
    );
    expect(plan.version).toBe((before?.version ?? 0) + 1);
    expect(plan.actions.map((action) => action.name.zh)).toEqual([
      '项目攻坚',
      '企业培育',
      '科技创新提升',
      '招商引资突破',
    ]);
    expect(indicators.map((indicator) => indicator.actionId)).toEqual([
      'action-projects',
      plan.actions[3]?.id,
    ]);
    expect(indicators[1]).toMatchObject({ kind: 'cumulativeCount', unit: 'count', isMainTarget: false });
    const { indicators: all } = (await store.getPlan(planId)) ?? { indicators: [] };
    expect(all).toHaveLength(5);
  });

  it('refuses a stale plan version with what is stored now, and writes nothing', async () => {
    const before = await store.getPlan(planId);
    const refused = await refusal(
      store.planEditing.confirmDraft(
        {
          into: { kind: 'existingPlan', planId, expectedVersion: 7 },
          centralTasks: [],
          actions: [],
          targets: acceptedTargets('全年新开工项目40个以上。', 2024),
        },
        admin,
      ),
    );
    expect(refused.code).toBe('conflict');
    expect(refused.details.current).toMatchObject({ id: planId, version: 1 });
    expect(await store.getPlan(planId)).toEqual(before);
    expect(await store.audit.list({ planId })).toEqual([]);
  });

  it('refuses the whole draft when one target cannot be written, naming that target in both languages', async () => {
    const plansBefore = await store.listPlans();
    const targets = acceptedTargets(report, 2025);
    const broken = {
      ...targets[2]!,
      thresholds: [{ ...targets[2]!.thresholds[0]!, deadline: '2026-06-30' }],
    };
    const refused = await refusal(
      store.planEditing.confirmDraft(newPlan([targets[0]!, targets[1]!, broken]), admin),
    );
    expect(refused).toMatchObject({ code: 'invalid', field: 'targets.2.thresholds.0.deadline' });
    expect(refused.details.reason?.zh).toContain('不在计划年度（2025年）内');
    expect(refused.details.reason?.en).toContain('outside the plan year (2025)');
    expect(await store.listPlans()).toEqual(plansBefore);
    expect(await store.audit.list({})).toEqual([]);
  });

  it('stores the live events of the new plan and its indicators in the change log with them', async () => {
    const heard: unknown[] = [];
    store.events.onCommit((events) => heard.push(...events.map((stored) => stored.event)));
    const { plan, indicators } = await store.planEditing.confirmDraft(
      newPlan(acceptedTargets(report, 2025)),
      admin,
    );
    expect(heard).toEqual(
      expect.arrayContaining([
        { type: 'plan', planId: plan.id, ids: [plan.id] },
        { type: 'indicator', planId: plan.id, ids: indicators.map((indicator) => indicator.id) },
      ]),
    );
  });
});
