/**
 * Holes 6 and 7 of a probe as an attacker: on PostgreSQL a NUL character in any string answered
 * 503 and wrote an error to the log (anonymous users could do it), and a lost race to create a
 * project answered 503 instead of 409. Each store now answers both the same way, logging nothing
 * (a logged error fails any test here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { origin, persistentStoreNames, startInProcessApp, type InProcessApp } from './inProcessApp';

describe.each(['memory', ...persistentStoreNames()])('text a database cannot hold (%s)', (kind) => {
  let running: InProcessApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    running = await startInProcessApp(kind);
    admin = await running.signInAdmin();
  }, 60_000);
  afterAll(() => running.dispose());

  async function send(method: string, path: string, body: unknown, headers: Record<string, string> = admin) {
    const response = await running.app.request(path, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { error?: { code: string; field?: string } },
    };
  }

  it('refuses an anonymous sign-in whose username holds a NUL with 400, not 503', async () => {
    const answer = await send(
      'POST',
      '/api/session',
      { username: 'ad\u0000min', password: 'x' },
      { Origin: origin },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'invalidBody', field: 'username' });
  });

  it('refuses a NUL or a lone surrogate in a note with 400 naming the field, and stores nothing', async () => {
    for (const note of ['一季度\u0000数据', 'half a pair \ud800 here']) {
      const answer = await send('PUT', '/api/indicators/fixed-asset-investment-growth/values/2024-01', {
        value: 5,
        note,
        expectedVersion: null,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'invalidBody', field: 'note' });
    }
    const audit = (await (await running.app.request('/api/audit?limit=5', { headers: admin })).json()) as {
      entries: { note: string }[];
    };
    expect(audit.entries.some((entry) => entry.note.includes('\u0000'))).toBe(false);
  });

  it('refuses a NUL in a query parameter with 400', async () => {
    const response = await running.app.request('/api/audit?actor=%00admin', { headers: admin });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field?: string } }).error.field).toBe('actor');
  });

  it('answers a lost race to create the same project with 409, never 503: exactly one is created', async () => {
    const project = {
      id: 'kp-race',
      name: '同时创建的项目',
      level: 'district',
      kind: 'industrial',
      plannedTotalInvestment: 3,
      plannedAnnualInvestment: 1,
    };
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => send('POST', '/api/plans/weihai-hitech-2024/projects', project)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(11);
  });
});
