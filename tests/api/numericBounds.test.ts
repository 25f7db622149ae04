/**
 * Hole 5 of a probe as an attacker: an editor could store 1.79e308 as a project's investment, and
 * the headline investment figure became null, Infinity or NaN%. Every amount and figure now has a
 * finite range, and a refusal says what the range is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxInvestmentYi } from '../../src/domain/projects/model';
import { maxFigureMagnitude } from '../../src/domain/model';
import { persistentStoreNames, startInProcessApp, type InProcessApp } from './inProcessApp';

interface ErrorAnswer {
  error: { code: string; message: string; field?: string };
}

describe.each(['memory', ...persistentStoreNames()])('numbers beyond their range (%s)', (kind) => {
  let running: InProcessApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    running = await startInProcessApp(kind);
    admin = await running.signInAdmin();
  }, 60_000);
  afterAll(() => running.dispose());

  async function send(method: string, path: string, body: unknown, language = 'zh-CN') {
    const response = await running.app.request(path, {
      method,
      headers: { ...admin, 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as ErrorAnswer & Record<string, unknown>,
    };
  }

  async function investmentFigures(): Promise<unknown[]> {
    const response = await running.app.request('/api/indicators/key-project-investment');
    const body = (await response.json()) as { values: { value: unknown }[] };
    return body.values.map((value) => value.value);
  }

  const newProject = {
    id: 'kp-huge',
    name: '超大项目',
    level: 'district',
    kind: 'industrial',
    plannedTotalInvestment: 1.79e308,
    plannedAnnualInvestment: 10,
  };

  it('refuses a new project of 1.79e308 亿元 with a message giving the allowed range, in both languages', async () => {
    const zh = await send('POST', '/api/plans/weihai-hitech-2024/projects', newProject);
    expect(zh.status).toBe(400);
    expect(zh.body.error.field).toBe('plannedTotalInvestment');
    expect(zh.body.error.message).toContain(`0 至 ${maxInvestmentYi}`);
    const en = await send('POST', '/api/plans/weihai-hitech-2024/projects', newProject, 'en-US');
    expect(en.body.error.message).toContain(`from 0 to ${maxInvestmentYi}`);
    expect((await running.app.request('/api/projects/kp-huge')).status).toBe(404);
  });

  it('refuses a month of investment of 1.79e308, and the headline figure stays a finite number', async () => {
    const list = (await (await running.app.request('/api/plans/weihai-hitech-2024/projects')).json()) as {
      projects: { id: string; version: number }[];
    };
    const project = list.projects[0];
    if (!project) throw new Error('no demo project');
    const before = await investmentFigures();

    const huge = await send('PATCH', `/api/projects/${project.id}`, {
      expectedVersion: project.version,
      investment: { period: '2024-03', amount: 1.79e308 },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain(String(maxInvestmentYi));
    const most = await send('PATCH', `/api/projects/${project.id}`, {
      expectedVersion: project.version,
      investment: { period: '2024-03', amount: maxInvestmentYi },
    });
    expect(most.status).toBe(200);

    const after = await investmentFigures();
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    for (const value of after) expect(Number.isFinite(value)).toBe(true);
  });

  it('refuses a figure of 1.79e308 with its range, and stores nothing', async () => {
    const huge = await send('PUT', '/api/indicators/gdp-growth/values/2024-12', {
      value: 1.79e308,
      note: '',
      expectedVersion: null,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.field).toBe('value');
    expect(huge.body.error.message).toContain(String(maxFigureMagnitude));
    const indicator = (await (await running.app.request('/api/indicators/gdp-growth')).json()) as {
      values: { period: string }[];
    };
    expect(indicator.values.some((value) => value.period === '2024-12')).toBe(false);
  });
});
