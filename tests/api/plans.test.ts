/**
 * Plans as data through the API, on both targets: an admin creates a plan, builds its frame and
 * targets, copies it to another year; who may call each write (the role matrix); refusals that name
 * the field and what it may be, with nothing written; stale versions answered with what is stored.
 *
 * The targets are worded as in the 2025 government work report (政府工作报告, delivered 5 March 2025):
 * "国内生产总值增长5%左右", "城镇新增就业1200万人以上", "居民消费价格涨幅2%左右",
 * "居民收入增长和经济增长同步", "粮食产量1.4万亿斤左右"; the organisation is a placeholder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorResponseSchema as apiIndicatorResponseSchema,
  planTreeResponseSchema,
  plansResponseSchema,
} from '../../src/api/contract';
import {
  actionResponseSchema,
  benchmarkResponseSchema,
  centralTaskResponseSchema,
  departmentResponseSchema,
  departmentsResponseSchema,
  indicatorResponseSchema,
  indicatorsResponseSchema,
  planResponseSchema,
  workItemResponseSchema,
  type IndicatorInput,
} from '../../src/api/plansContract';
import type { Plan } from '../../src/domain/model';
import { evaluatePlan } from '../../src/domain/planEvaluation';
import { positionWords } from '../../src/domain/targetWords';
import { entryClient, planId as seedPlanId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const organisation = '示例市';
const statistics = '市统计局';

const gdp: IndicatorInput = {
  actionId: null,
  isMainTarget: true,
  name: { zh: '地区生产总值增速', en: 'GDP growth' },
  kind: 'growthRate',
  unit: 'percent',
  direction: 'higherIsBetter',
  frequency: 'quarterly',
  thresholds: [{ value: 5, band: 0.5, comparator: 'approx', deadline: '2025-12-31' }],
  targetText: { zh: '增长5%左右', en: 'Around 5%' },
  dataSource: { zh: statistics, en: 'Statistics bureau' },
  leadDepartment: statistics,
  sourceQuote: '国内生产总值增长5%左右',
};

describe.each(apiTargets)('plans as data on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<'admin' | 'editor' | 'otherEditor' | 'viewer', SignedIn>;
  let plan: Plan;

  async function created<T>(path: string, body: unknown, parse: { parse(value: unknown): T }, status = 201) {
    const response = await api.call(path, { method: 'POST', as: people.admin, body });
    expect(response.status, response.text).toBe(status);
    return parse.parse(response.json());
  }

  async function currentPlan(planId: string): Promise<Plan> {
    const response = await api.call(`/api/plans/${planId}`);
    expect(response.status, response.text).toBe(200);
    return planTreeResponseSchema.parse(response.json()).plan;
  }

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', [statistics]);
    people.otherEditor = await signInAs(running, 'editor', ['市财政局']);
    people.viewer = await signInAs(running, 'viewer');
    for (const zh of [statistics, '市财政局'])
      await created(
        '/api/departments',
        { department: { organisation, name: { zh, en: zh } } },
        departmentResponseSchema,
      );
    ({ plan } = await created(
      '/api/plans',
      {
        plan: {
          organisation: { zh: organisation, en: 'Sample City' },
          organisationLevel: 'city',
          year: 2025,
          title: { zh: '2025年主要预期目标', en: '2025 main expected targets' },
          sourceDocument: { title: '政府工作报告', publishedOn: '2025-03-05' },
        },
      },
      planResponseSchema,
    ));
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  it('lists the new plan beside the seed plan with its year, organisation and whether it is archived', async () => {
    const response = await api.call('/api/plans');
    const { plans } = plansResponseSchema.parse(response.json());
    expect(plans.find((candidate) => candidate.id === plan.id)).toMatchObject({
      year: 2025,
      zone: { zh: organisation },
      organisationLevel: 'city',
      archived: false,
    });
    expect(plans.map((candidate) => candidate.id)).toContain(seedPlanId);
  });

  it('builds a frame and enters targets as the report words them: 左右, 以上 in 万人, a 同步 target, a range', async () => {
    const { centralTask } = await created(
      `/api/plans/${plan.id}/central-tasks`,
      { centralTask: { name: { zh: '稳增长', en: 'Steady growth' } }, expectedVersion: plan.version },
      centralTaskResponseSchema,
    );
    const { action } = await created(
      `/api/plans/${plan.id}/actions`,
      {
        action: {
          name: { zh: '扩大就业', en: 'More jobs' },
          centralTaskIds: [centralTask.id],
          sourceQuote: '城镇新增就业1200万人以上',
        },
        expectedVersion: plan.version + 1,
      },
      actionResponseSchema,
    );
    const { indicator: growth } = await created(
      `/api/plans/${plan.id}/indicators`,
      { indicator: gdp },
      indicatorResponseSchema,
    );
    const { indicator: jobs } = await created(
      `/api/plans/${plan.id}/indicators`,
      {
        indicator: {
          ...gdp,
          actionId: action.id,
          isMainTarget: false,
          name: { zh: '城镇新增就业', en: 'New urban jobs' },
          kind: 'cumulativeAmount',
          unit: 'measure',
          unitLabel: { zh: '万人', en: 'people' },
          frequency: 'monthly',
          thresholds: [{ value: 1200, comparator: 'gte', deadline: '2025-12-31' }],
          targetText: { zh: '1200万人以上', en: 'Over 12 million' },
          sourceQuote: '城镇新增就业1200万人以上',
        },
      },
      indicatorResponseSchema,
    );
    const { indicator: income } = await created(
      `/api/plans/${plan.id}/indicators`,
      {
        indicator: {
          ...gdp,
          name: { zh: '居民收入增长', en: 'Household income growth' },
          thresholds: [{ value: 0, band: 0.5, comparator: 'approx', deadline: '2025-12-31' }],
          targetText: { zh: '与经济增长同步', en: 'In step with growth' },
          reference: { kind: 'indicator', indicatorId: growth.id },
          sourceQuote: '居民收入增长和经济增长同步',
        },
      },
      indicatorResponseSchema,
    );
    const { indicator: prices } = await created(
      `/api/plans/${plan.id}/indicators`,
      {
        indicator: {
          ...gdp,
          name: { zh: '居民消费价格涨幅', en: 'CPI' },
          direction: 'lowerIsBetter',
          thresholds: [{ value: 0, valueMax: 3, comparator: 'range', deadline: '2025-12-31' }],
          targetText: { zh: '保持在合理区间', en: 'Within a reasonable range' },
          sourceQuote: '居民消费价格涨幅2%左右',
        },
      },
      indicatorResponseSchema,
    );

    expect(jobs).toMatchObject({
      unitLabel: { zh: '万人' },
      thresholds: [{ value: 1200, comparator: 'gte' }],
      actionId: action.id,
    });
    expect(income.reference).toEqual({ kind: 'indicator', indicatorId: growth.id });
    expect(prices.thresholds[0]).toMatchObject({ value: 0, valueMax: 3, comparator: 'range' });
    const tree = planTreeResponseSchema.parse((await api.call(`/api/plans/${plan.id}`)).json());
    expect(tree.indicators.map((indicator) => indicator.name.zh)).toEqual([
      '地区生产总值增速',
      '城镇新增就业',
      '居民收入增长',
      '居民消费价格涨幅',
    ]);
    expect(tree.plan.actions[0]?.centralTaskIds).toEqual([centralTask.id]);
  });

  describe('refuses bad input with the field and what it may be, writing nothing', () => {
    it.each([
      [
        'a deadline outside the plan year',
        { deadline: '2026-12-31' },
        'indicator.thresholds.0.deadline',
        '不在计划年度（2025年）内',
      ],
      ['an impossible date', { deadline: '2025-02-31' }, 'indicator.thresholds.0.deadline', '有效日期'],
      [
        'a range whose lower bound is above its upper',
        { comparator: 'range', value: 5, valueMax: 4.5, band: undefined },
        'indicator.thresholds.0.valueMax',
        '上限应不低于5',
      ],
      ['a band of 0', { band: 0 }, 'indicator.thresholds.0.band', '须大于0'],
      ['a value of 1e308', { value: 1e308 }, 'indicator.thresholds.0.value', '之间'],
    ])('%s', async (_case, threshold, field, reason) => {
      const before = indicatorsResponseSchema.parse(
        (await api.call(`/api/plans/${plan.id}/indicators`)).json(),
      );
      const response = await api.errorOf(`/api/plans/${plan.id}/indicators`, {
        method: 'POST',
        as: people.admin,
        body: { indicator: { ...gdp, thresholds: [{ ...gdp.thresholds[0], ...threshold }] } },
      });
      expect(response.status).toBe(400);
      expect(response.error).toMatchObject({ code: 'invalidBody', field });
      expect(response.error.message).toContain(reason);
      const after = indicatorsResponseSchema.parse(
        (await api.call(`/api/plans/${plan.id}/indicators`)).json(),
      );
      expect(after).toEqual(before);
    });

    it('a "behind" tolerance looser than "attention"', async () => {
      const response = await api.errorOf(`/api/plans/${plan.id}/indicators`, {
        method: 'POST',
        as: people.admin,
        body: { indicator: { ...gdp, tolerances: { attention: 1, behind: 0.5 } } },
      });
      expect(response.error).toMatchObject({ code: 'invalidBody', field: 'indicator.tolerances.behind' });
      expect(response.error.message).toContain('不能宽于“需关注”线');
    });

    it('a relative target against an indicator of another plan', async () => {
      const response = await api.errorOf(`/api/plans/${plan.id}/indicators`, {
        method: 'POST',
        as: people.admin,
        body: { indicator: { ...gdp, reference: { kind: 'indicator', indicatorId: 'gdp-growth' } } },
      });
      expect(response.error).toMatchObject({ code: 'invalidBody', field: 'indicator.reference.indicatorId' });
    });

    it('a lead department the organisation does not list, through the older definition route too', async () => {
      const seedIndicator = apiIndicatorResponseSchema.parse(
        (await api.call('/api/indicators/gdp-growth')).json(),
      ).indicator;
      const response = await api.errorOf('/api/indicators/gdp-growth', {
        method: 'PATCH',
        as: people.admin,
        body: { patch: { leadDepartment: '区统计处' }, expectedVersion: seedIndicator.version },
      });
      expect(response.status).toBe(400);
      expect(response.error).toMatchObject({ code: 'invalidBody', field: 'patch.leadDepartment' });
      expect(response.error.message).toContain('未登记的部门“区统计处”');
      expect(response.error.message).toContain('区统计局');
      const after = apiIndicatorResponseSchema.parse((await api.call('/api/indicators/gdp-growth')).json());
      expect(after.indicator).toEqual(seedIndicator);
    });

    it('an as-of month outside the plan year, in English too', async () => {
      const response = await api.errorOf(`/api/plans/${seedPlanId}?asOf=2030-01`, {});
      expect(response.status).toBe(400);
      expect(response.error).toMatchObject({ code: 'invalidParameter', field: 'asOf' });
      expect(response.error.message).toContain('不在计划年度（2024年）内');
      const english = await api.errorOf(`/api/plans/${seedPlanId}?asOf=2030-01`, {
        headers: { 'Accept-Language': 'en-US' },
      });
      expect(english.error.message).toContain('outside the plan year (2024)');
    });
  });

  it('answers a stale plan version with 409 and the stored plan, changing nothing', async () => {
    const stored = await currentPlan(plan.id);
    const renamed = await api.call(`/api/plans/${plan.id}`, {
      method: 'PATCH',
      as: people.admin,
      body: {
        patch: { title: { zh: '2025年目标任务', en: '2025 targets' } },
        expectedVersion: stored.version,
      },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const stale = await api.errorOf(`/api/plans/${plan.id}`, {
      method: 'PATCH',
      as: people.admin,
      body: { patch: { archived: true }, expectedVersion: stored.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.error.current).toMatchObject({
      version: stored.version + 1,
      archived: false,
      title: { zh: '2025年目标任务' },
    });
  });

  it('copies the seed plan to 2025: a new plan with its frame, without the 2024 figures, both listed', async () => {
    const { plan: copy } = await created(`/api/plans/${seedPlanId}/copy`, { year: 2025 }, planResponseSchema);
    const seed = planTreeResponseSchema.parse((await api.call(`/api/plans/${seedPlanId}`)).json());
    const tree = planTreeResponseSchema.parse((await api.call(`/api/plans/${copy.id}`)).json());

    expect(copy).toMatchObject({ year: 2025, copiedFromPlanId: seedPlanId });
    expect(tree.plan.actions.map((action) => action.name.zh)).toEqual(
      seed.plan.actions.map((action) => action.name.zh),
    );
    expect(tree.indicators.map((indicator) => indicator.previousYearIndicatorId)).toEqual(
      seed.indicators.map((indicator) => indicator.id),
    );
    expect(tree.values).toEqual([]);
    expect(seed.values.length).toBeGreaterThan(0);
    const { plans } = plansResponseSchema.parse((await api.call('/api/plans')).json());
    expect(plans.map((candidate) => candidate.id)).toEqual(expect.arrayContaining([seedPlanId, copy.id]));
  });

  it('writes a new order of central tasks in one write, audited, and answers a stale one with 409 and the stored plan', async () => {
    let version = (await currentPlan(plan.id)).version;
    for (const zh of ['调结构', '惠民生']) {
      await created(
        `/api/plans/${plan.id}/central-tasks`,
        { centralTask: { name: { zh, en: zh } }, expectedVersion: version },
        centralTaskResponseSchema,
      );
      version += 1;
    }
    const before = await currentPlan(plan.id);
    const ids = before.centralTasks.map((task) => task.id).reverse();
    const reordered = await api.call(`/api/plans/${plan.id}/order`, {
      method: 'PUT',
      as: people.admin,
      body: { kind: 'centralTasks', ids, expectedVersion: before.version },
    });
    expect(reordered.status, reordered.text).toBe(200);
    const after = planResponseSchema.parse(reordered.json()).plan;
    expect(after.version).toBe(before.version + 1);
    expect([...after.centralTasks].sort((a, b) => a.order - b.order).map((task) => task.id)).toEqual(ids);

    const stale = await api.errorOf(`/api/plans/${plan.id}/order`, {
      method: 'PUT',
      as: people.admin,
      body: { kind: 'centralTasks', ids: [...ids].reverse(), expectedVersion: before.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.error).toMatchObject({ code: 'conflict', current: { version: after.version } });
    expect(await currentPlan(plan.id)).toEqual(after);
  });

  describe('the role matrix of every plan write', () => {
    type Who = 'anonymous' | 'viewer' | 'otherEditor' | 'editor';
    const refusedAs: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['editor', 403],
    ];
    const routes: [string, string][] = [
      ['POST', '/api/plans'],
      ['PATCH', '/api/plans/{plan}'],
      ['POST', '/api/plans/{plan}/copy'],
      ['POST', '/api/plans/import'],
      ['POST', '/api/plans/{plan}/central-tasks'],
      ['PATCH', '/api/plans/{plan}/central-tasks/task-1'],
      ['POST', '/api/plans/{plan}/central-tasks/task-1/retire'],
      ['POST', '/api/plans/{plan}/central-tasks/task-1/restore'],
      ['POST', '/api/plans/{plan}/actions'],
      ['PATCH', '/api/plans/{plan}/actions/action-2'],
      ['POST', '/api/plans/{plan}/actions/action-2/retire'],
      ['POST', '/api/plans/{plan}/actions/action-2/restore'],
      ['POST', '/api/plans/{plan}/indicators'],
      ['PATCH', '/api/plans/{plan}/indicators/any-indicator'],
      ['POST', '/api/plans/{plan}/indicators/any-indicator/retire'],
      ['POST', '/api/plans/{plan}/indicators/any-indicator/restore'],
      ['POST', '/api/plans/{plan}/lead-departments'],
      ['PUT', '/api/plans/{plan}/order'],
      ['POST', '/api/plans/{plan}/work-items'],
      ['PATCH', '/api/plans/{plan}/work-items/any-item'],
      ['POST', '/api/plans/{plan}/work-items/any-item/retire'],
      ['POST', '/api/plans/{plan}/work-items/any-item/restore'],
      ['POST', '/api/plans/{plan}/benchmarks'],
      ['PATCH', '/api/plans/{plan}/benchmarks/any-series'],
      ['PUT', '/api/plans/{plan}/benchmarks/any-series/points'],
      ['POST', '/api/plans/{plan}/benchmarks/any-series/retire'],
      ['POST', '/api/plans/{plan}/benchmarks/any-series/restore'],
      ['POST', '/api/departments'],
      ['PATCH', '/api/departments/any-department'],
      ['POST', '/api/plan-drafts/confirm'],
      ['POST', '/api/departments/any-department/retire'],
      ['POST', '/api/departments/any-department/restore'],
    ];
    it.each(routes)('lets only an admin past the guard of %s %s', async (method, path) => {
      const before = await currentPlan(plan.id);
      for (const [who, status] of refusedAs) {
        const response = await api.call(path.replace('{plan}', plan.id), {
          method,
          as: who === 'anonymous' ? null : people[who],
          body: { expectedVersion: before.version },
        });
        expect(response.status, `${who}: ${response.text}`).toBe(status);
      }
      expect(await currentPlan(plan.id)).toEqual(before);
      const asAdmin = await api.call(path.replace('{plan}', plan.id), {
        method,
        as: people.admin,
        body: { expectedVersion: before.version },
      });
      // An admin gets through the guard: the write is done, or its body or address is judged.
      expect([200, 201, 400, 404], asAdmin.text).toContain(asAdmin.status);
    });

    it('lets the editors of its lead department and admins record a work item’s progress, and nobody else', async () => {
      const stored = await currentPlan(plan.id);
      const { workItem } = await created(
        `/api/plans/${plan.id}/work-items`,
        {
          workItem: {
            actionId: stored.actions[0]?.id,
            title: { zh: '稳岗扩岗', en: 'Keep and add jobs' },
            owner: statistics,
            sourceQuote: '城镇新增就业1200万人以上',
          },
        },
        workItemResponseSchema,
      );
      const progress = (version: number, text: string) => ({
        status: 'inProgress',
        date: '2025-04-01',
        text,
        expectedVersion: version,
      });
      for (const [who, status] of [
        ['anonymous', 401],
        ['viewer', 403],
        ['otherEditor', 403],
      ] as const) {
        const response = await api.call(`/api/plans/${plan.id}/work-items/${workItem.id}/progress`, {
          method: 'POST',
          as: who === 'anonymous' ? null : people[who],
          body: progress(1, who),
        });
        expect(response.status, response.text).toBe(status);
      }
      const byEditor = await api.call(`/api/plans/${plan.id}/work-items/${workItem.id}/progress`, {
        method: 'POST',
        as: people.editor,
        body: progress(1, '已召开专场招聘会'),
      });
      expect(byEditor.status, byEditor.text).toBe(200);
      const byAdmin = await api.call(`/api/plans/${plan.id}/work-items/${workItem.id}/progress`, {
        method: 'POST',
        as: people.admin,
        body: { ...progress(2, '完成季度目标'), status: 'done' },
      });
      expect(byAdmin.status, byAdmin.text).toBe(200);
      expect(workItemResponseSchema.parse(byAdmin.json()).workItem).toMatchObject({
        status: 'done',
        version: 3,
        notes: [{ text: '已召开专场招聘会' }, { text: '完成季度目标' }],
      });
    });
  });

  it('keeps benchmark series month by month, judges 高于全省 against them at once, and departments per organisation', async () => {
    const { series } = await created(
      `/api/plans/${plan.id}/benchmarks`,
      { series: { name: { zh: '全省', en: 'Province' }, unit: 'percent' } },
      benchmarkResponseSchema,
    );
    const points = await api.call(`/api/plans/${plan.id}/benchmarks/${series.id}/points`, {
      method: 'PUT',
      as: people.admin,
      body: { points: [{ period: '2025-03', value: 5.9 }], expectedVersion: 1 },
    });
    expect(points.status, points.text).toBe(200);
    expect(benchmarkResponseSchema.parse(points.json()).series.points).toEqual([
      { period: '2025-03', value: 5.9 },
    ]);
    const outside = await api.errorOf(`/api/plans/${plan.id}/benchmarks/${series.id}/points`, {
      method: 'PUT',
      as: people.admin,
      body: { points: [{ period: '2024-12', value: 5.4 }], expectedVersion: 2 },
    });
    expect(outside.error).toMatchObject({ code: 'invalidBody', field: 'points.0.period' });
    expect(outside.error.message).toContain('不在计划年度（2025年）内');

    // A 高于全省 target is judged against the series wherever the plan is read.
    const { indicator: exports } = await created(
      `/api/plans/${plan.id}/indicators`,
      {
        indicator: {
          ...gdp,
          isMainTarget: false,
          name: { zh: '外贸进出口增速', en: 'Foreign trade growth' },
          frequency: 'monthly',
          thresholds: [{ value: 0, comparator: 'gt', deadline: '2025-12-31' }],
          targetText: { zh: '高于全省', en: 'Above the province' },
          reference: { kind: 'benchmark', seriesId: series.id },
          sourceQuote: '外贸进出口增速高于全省',
        },
      },
      indicatorResponseSchema,
    );
    const saved = await api.call(`/api/indicators/${exports.id}/values/2025-03`, {
      method: 'PUT',
      as: people.admin,
      body: { value: 5.6, note: '', expectedVersion: null },
    });
    expect(saved.status, saved.text).toBe(200);
    const positionAt = async (period: string) => {
      const tree = planTreeResponseSchema.parse((await api.call(`/api/plans/${plan.id}`)).json());
      const evaluations = evaluatePlan(
        tree.indicators,
        tree.values,
        { year: 2025, asOfPeriod: period },
        tree.benchmarks,
      );
      return positionWords(evaluations.get(exports.id)?.position ?? null, exports, 'zh-CN');
    };
    expect(await positionAt('2025-03')).toBe('低于全省0.3个百分点');
    // A benchmark edit is a change: the next read of the plan is not the one kept before it.
    const revised = await api.call(`/api/plans/${plan.id}/benchmarks/${series.id}/points`, {
      method: 'PUT',
      as: people.admin,
      body: { points: [{ period: '2025-03', value: 5.4 }], expectedVersion: 2 },
    });
    expect(revised.status, revised.text).toBe(200);
    expect(await positionAt('2025-03')).toBe('高于全省0.2个百分点');
    const page = apiIndicatorResponseSchema.parse((await api.call(`/api/indicators/${exports.id}`)).json());
    expect(page.yardsticks.benchmarks.map((benchmark) => benchmark.points)).toEqual([
      [{ period: '2025-03', value: 5.4 }],
    ]);

    const { departments } = departmentsResponseSchema.parse(
      (await api.call(`/api/departments?organisation=${encodeURIComponent(organisation)}`)).json(),
    );
    expect(departments.map((department) => department.name.zh).sort()).toEqual(
      ['市统计局', '市财政局'].sort(),
    );
    const seeded = departmentsResponseSchema.parse((await api.call('/api/departments')).json()).departments;
    expect(seeded.map((department) => department.name.zh)).toEqual(
      expect.arrayContaining(['区统计局', '区财政局']),
    );
  });
});
