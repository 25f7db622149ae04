/**
 * One suite, two targets: the real server and the mock must answer every request alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  healthResponseSchema,
  indicatorResponseSchema,
  planTreeResponseSchema,
  plansResponseSchema,
} from '../../src/api/contract';
import { apiTargets, type RunningTarget } from './targets';

const planId = 'weihai-hitech-2024';
const startTimeout = 60_000;

describe.each(apiTargets)('the API served by $name', (target) => {
  let running: RunningTarget | undefined;
  beforeAll(async () => {
    running = await target.start();
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  async function get(path: string, headers: Record<string, string> = {}) {
    if (!running) throw new Error(`${target.name} did not start`);
    const response = await fetch(`${running.baseUrl}${path}`, { headers });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('Content-Type') ?? '',
      text,
      json: (): unknown => JSON.parse(text),
    };
  }

  async function getError(path: string, headers: Record<string, string> = {}) {
    const response = await get(path, headers);
    expect(response.contentType).toMatch(/^application\/json/);
    return {
      status: response.status,
      error: errorBodySchema.parse(response.json()).error,
      text: response.text,
    };
  }

  it('reports that it is up, with its storage and mode', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(healthResponseSchema.parse(response.json())).toEqual({
      status: 'ok',
      storage: target.storage,
      mode: target.mode,
    });
  });

  it('lists the 2024 plan of the zone', async () => {
    const response = await get('/api/plans');
    expect(response.status).toBe(200);
    const { plans } = plansResponseSchema.parse(response.json());
    expect(plans.map((plan) => [plan.id, plan.year, plan.title.zh])).toEqual([
      [planId, 2024, '威海高区2024年经济社会发展目标'],
    ]);
  });

  it('gives the plan tree with its ten campaign actions and seven main targets', async () => {
    const response = await get(`/api/plans/${planId}`);
    expect(response.status).toBe(200);
    const tree = planTreeResponseSchema.parse(response.json());
    expect(tree.plan.actions).toHaveLength(10);
    expect(tree.plan.actions[0]?.name.zh).toBe('产业转型升级');
    const mainTargets = tree.indicators
      .filter((indicator) => indicator.isMainTarget)
      .sort((a, b) => a.order - b.order);
    expect(mainTargets.map((indicator) => indicator.name.zh)).toEqual([
      '地区生产总值',
      '规模以上工业增加值',
      '固定资产投资',
      '一般公共预算收入',
      '社会消费品零售总额',
      '实际使用外资',
      '外贸进出口',
    ]);
    expect(mainTargets.map((indicator) => indicator.thresholds[0]?.value ?? indicator.targetText.zh)).toEqual(
      [6, 8, 8, 7, 5.5, '量稳质升', '量稳质升'],
    );
    expect(tree.workItems.length).toBeGreaterThan(0);
    expect(tree.asOf).toEqual({ period: null, cutoff: null });
    expect(tree.hasDemoData).toBe(true);
    expect(tree.values.some((value) => value.period > '2024-03')).toBe(true);
  });

  it('shows the plan as it stood at the end of March when asked asOf=2024-03', async () => {
    const response = await get(`/api/plans/${planId}?asOf=2024-03`);
    expect(response.status).toBe(200);
    const tree = planTreeResponseSchema.parse(response.json());
    expect(tree.asOf).toEqual({ period: '2024-03', cutoff: '2024-03-31T15:59:59.999Z' });
    expect(tree.values.length).toBeGreaterThan(0);
    expect(tree.values.filter((value) => value.period > '2024-03')).toEqual([]);
    const cutoff = Date.parse('2024-03-31T15:59:59.999Z');
    expect(tree.values.filter((value) => Date.parse(value.recordedAt) > cutoff)).toEqual([]);
    const gdpInMarch = tree.values.find(
      (value) => value.indicatorId === 'gdp-growth' && value.period === '2024-03',
    );
    expect(gdpInMarch?.value).toBe(6.1);
  });

  it('gives one indicator with its figures, and no campaign action for a main target', async () => {
    const response = await get('/api/indicators/gdp-growth');
    expect(response.status).toBe(200);
    const detail = indicatorResponseSchema.parse(response.json());
    expect(detail.indicator.name.zh).toBe('地区生产总值');
    expect(detail.action).toBeNull();
    expect(detail.values.map((value) => [value.period, value.value])).toEqual([
      ['2024-03', 6.1],
      ['2024-06', 6.3],
      ['2024-09', 6.2],
    ]);
    expect(detail.values.every((value) => value.indicatorId === 'gdp-growth')).toBe(true);
    expect(detail.asOf).toEqual({ period: null, cutoff: null });
    expect(detail.hasDemoData).toBe(true);
  });

  it('gives an action target with the campaign action it belongs to', async () => {
    const detail = indicatorResponseSchema.parse((await get('/api/indicators/billion-yuan-projects')).json());
    expect(detail.action?.id).toBe('investment-attraction');
    expect(detail.action?.name.zh).toBe('招商引资突破');
  });

  it('gives only the figures recorded by the cut-off when an indicator is asked asOf a month', async () => {
    const detail = indicatorResponseSchema.parse(
      (await get('/api/indicators/gdp-growth?asOf=2024-06')).json(),
    );
    expect(detail.asOf).toEqual({ period: '2024-06', cutoff: '2024-06-30T15:59:59.999Z' });
    expect(detail.values.map((value) => value.period)).toEqual(['2024-03', '2024-06']);
  });

  it('answers an unknown plan or indicator with 404 notFound', async () => {
    const plan = await getError('/api/plans/no-such-plan');
    expect(plan.status).toBe(404);
    expect(plan.error.code).toBe('notFound');
    const indicator = await getError('/api/indicators/no-such-indicator?asOf=2024-03');
    expect(indicator.status).toBe(404);
    expect(indicator.error.code).toBe('notFound');
  });

  it('refuses a malformed id with 400 invalidParameter naming it', async () => {
    const indicator = await getError('/api/indicators/GDP%20!');
    expect(indicator.status).toBe(400);
    expect(indicator.error).toMatchObject({ code: 'invalidParameter', field: 'indicatorId' });
    const plan = await getError('/api/plans/Weihai_2024');
    expect(plan.status).toBe(400);
    expect(plan.error).toMatchObject({ code: 'invalidParameter', field: 'planId' });
  });

  it.each(['2024-13', 'march', '2024-3', ''])('refuses asOf=%s with 400 naming asOf', async (asOf) => {
    const { status, error } = await getError(`/api/plans/${planId}?asOf=${asOf}`);
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'invalidParameter', field: 'asOf' });
  });

  it('refuses an unknown or repeated query key with 400 naming the key', async () => {
    const unknown = await getError(`/api/plans/${planId}?as_of=2024-03`);
    expect(unknown.status).toBe(400);
    expect(unknown.error).toMatchObject({ code: 'invalidParameter', field: 'as_of' });
    const onList = await getError('/api/plans?asOf=2024-03');
    expect(onList.error).toMatchObject({ code: 'invalidParameter', field: 'asOf' });
    const repeated = await getError('/api/indicators/gdp-growth?asOf=2024-03&asOf=2024-06');
    expect(repeated.error).toMatchObject({ code: 'invalidParameter', field: 'asOf' });
  });

  it('answers an unknown API route with a JSON 404, not a page', async () => {
    for (const path of ['/api/nothing-here', '/api/plans/weihai-hitech-2024/extra', '/api/']) {
      const { status, error } = await getError(path);
      expect(status).toBe(404);
      expect(error.code).toBe('notFound');
    }
  });

  it('words errors in Chinese by default and in English when the request asks for it', async () => {
    const chinese = await getError('/api/plans/no-such-plan');
    expect(chinese.error.message).toMatch(/[\u4e00-\u9fff]/);
    const english = await getError('/api/plans/no-such-plan', { 'Accept-Language': 'en-US,en;q=0.9' });
    expect(english.error.message).toMatch(/^[\x20-\x7e]+$/);
    expect(english.error.message).toMatch(/found/i);
    const parameter = await getError('/api/indicators/GDP%20!', { 'Accept-Language': 'en' });
    expect(parameter.error.message).toContain('indicatorId');
  });

  it('never puts stack lines or file paths in an error body', async () => {
    const failing = [
      '/api/nothing-here',
      '/api/plans/no-such-plan',
      '/api/indicators/GDP%20!',
      `/api/plans/${planId}?asOf=march`,
      `/api/plans/${planId}?debug=1`,
    ];
    for (const path of failing) {
      const { text } = await getError(path);
      expect(text).not.toMatch(/\bat \S+ \(|\bat file:|node_modules|\/work\/|\/tmp\/|\.ts:\d+/);
    }
  });
});
