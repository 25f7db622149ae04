/**
 * The reporting cycle's follow-up through the API, on the real server (SQLite) and the mock: an
 * office user reminds a lead department of an overdue figure (催报), the department sees it in its
 * to-do list, files reasons and measures for a lagging target, and revises them at the version it
 * read. Who may call each route (the role matrix); refusals that say what is wrong, with nothing
 * stored; stale versions answered with what is stored. The demo plan is 2024's, with figures
 * through October, so November's figures are overdue on any day after 10 December 2024.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListResponseSchema } from '../../src/api/auditContract';
import { explanationResponseSchema, explanationsResponseSchema } from '../../src/api/explanationsContract';
import { reminderResponseSchema, remindersResponseSchema } from '../../src/api/remindersContract';
import { todoResponseSchema } from '../../src/api/todoContract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const statistics = '区统计局';
const finance = '区财政局';
const retail = 'retail-sales-growth';
const explanation = {
  cause: '受汽车类零售额回落影响，增速低于序时进度',
  measures: [
    { text: '开展汽车以旧换新促消费活动', targetDate: '2024-12-15' },
    { text: '推动限上企业应统尽统', targetDate: '2024-12-31' },
  ],
};

describe.each(apiTargets)('reminders, reasons and the to-do list on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<
    'admin' | 'editor' | 'otherEditor' | 'reviewer' | 'otherReviewer' | 'everyReviewer' | 'viewer',
    SignedIn
  >;
  type Who = keyof typeof people | 'anonymous';
  const as = (who: Who) => (who === 'anonymous' ? null : people[who]);

  async function reminders() {
    const response = await api.call(`/api/plans/${planId}/reminders?indicatorId=${retail}`);
    expect(response.status, response.text).toBe(200);
    return remindersResponseSchema.parse(response.json()).reminders;
  }
  async function explanations() {
    const response = await api.call(`/api/plans/${planId}/explanations`);
    expect(response.status, response.text).toBe(200);
    return explanationsResponseSchema.parse(response.json()).explanations;
  }
  async function todoOf(who: Who) {
    const response = await api.call(`/api/plans/${planId}/todo`, { as: as(who) });
    expect(response.status, response.text).toBe(200);
    return todoResponseSchema.parse(response.json());
  }

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', [statistics]);
    people.otherEditor = await signInAs(running, 'editor', [finance]);
    people.reviewer = await signInAs(running, 'reviewer', [statistics]);
    people.otherReviewer = await signInAs(running, 'reviewer', [finance]);
    people.everyReviewer = await signInAs(running, 'reviewer', []);
    people.viewer = await signInAs(running, 'viewer');
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  });

  it('lets only an office user who reviews the lead department remind it, and stores nothing for the others', async () => {
    const refusedAs: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['editor', 403],
      ['otherEditor', 403],
      ['otherReviewer', 403],
    ];
    for (const [who, status] of refusedAs) {
      const response = await api.call(`/api/indicators/${retail}/reminders`, {
        method: 'POST',
        as: as(who),
        body: { period: '2024-11' },
      });
      expect(response.status, `${who}: ${response.text}`).toBe(status);
    }
    expect(await reminders()).toEqual([]);
  });

  it('sends a reminder about November’s overdue figure to the lead department, audited', async () => {
    const response = await api.call(`/api/indicators/${retail}/reminders`, {
      method: 'POST',
      as: people.admin,
      body: { period: '2024-11', message: '请于今日报送11月数据' },
    });
    expect(response.status, response.text).toBe(201);
    const { reminder } = reminderResponseSchema.parse(response.json());
    expect(reminder).toMatchObject({
      department: statistics,
      period: '2024-11',
      message: '请于今日报送11月数据',
    });
    expect(reminder.daysLate).toBeGreaterThan(0);
    expect(await reminders()).toEqual([reminder]);

    const audit = await api.call(`/api/audit?indicatorId=${retail}&entityType=reminder`, {
      as: people.admin,
    });
    const { entries } = auditListResponseSchema.parse(audit.json());
    expect(entries[0]).toMatchObject({
      entityType: 'reminder',
      period: '2024-11',
      actor: people.admin.user.username,
    });
  });

  it('tells the lead department of the reminder in its notification centre, and no other department', async () => {
    const mine = await api.call('/api/notifications', { as: people.editor });
    expect(mine.status, mine.text).toBe(200);
    expect(JSON.stringify(mine.json())).toMatch(/"rule":"reminder"/);
    const theirs = await api.call('/api/notifications', { as: people.otherEditor });
    expect(JSON.stringify(theirs.json())).not.toMatch(/"rule":"reminder"/);
  });

  it('refuses a reminder that makes no sense, saying why, and stores nothing', async () => {
    const before = await reminders();
    const refusals: [unknown, number, RegExp][] = [
      [{ period: '2024-10' }, 409, /已被他人修改|changed/],
      [{ period: '2025-01' }, 400, /计划年度（2024年）/],
      [{ period: '2024-01' }, 400, /报送期/],
      [{ period: '2024-11', message: 'x'.repeat(501) }, 400, /message/],
      [{ period: '2024-11', extra: true }, 400, /extra/],
    ];
    for (const [body, status, message] of refusals) {
      const { status: got, error } = await api.errorOf(`/api/indicators/${retail}/reminders`, {
        method: 'POST',
        as: people.admin,
        body,
        headers: { 'Accept-Language': 'zh-CN' },
      });
      expect(got, JSON.stringify(body)).toBe(status);
      expect(error.message).toMatch(message);
    }
    const derived = await api.errorOf('/api/indicators/billion-yuan-projects/reminders', {
      method: 'POST',
      as: people.admin,
      body: { period: '2024-11' },
      headers: { 'Accept-Language': 'en-US' },
    });
    expect(derived.status).toBe(400);
    expect(derived.error.message).toMatch(/no lead department/);
    expect(await reminders()).toEqual(before);
  });

  it('puts the reminder and the overdue figures in the lead department’s to-do list, and not in another’s', async () => {
    const mine = await todoOf('editor');
    expect(mine.departments).toEqual([statistics]);
    expect(mine.sections.remindersReceived.map((item) => [item.indicatorId, item.period])).toEqual([
      [retail, '2024-11'],
    ]);
    expect(mine.sections.figuresOverdue).toContainEqual(
      expect.objectContaining({ indicatorId: retail, period: '2024-11', dueDate: '2024-12-10' }),
    );
    expect(mine.sections.figuresOverdue.every((item) => item.department === statistics)).toBe(true);
    expect(mine.counts.total).toBe(
      Object.values(mine.sections).reduce((sum, items) => sum + items.length, 0),
    );
    const theirs = await todoOf('otherEditor');
    expect(theirs.sections.remindersReceived).toEqual([]);
    expect(theirs.sections.figuresOverdue.every((item) => item.department === finance)).toBe(true);
    expect((await todoOf('viewer')).counts.total).toBe(0);
    expect((await api.call(`/api/plans/${planId}/todo`)).status).toBe(401);
  });

  it('gives a reviewer the to-do of the departments it reviews, and one scoped to none every department’s', async () => {
    const scoped = await todoOf('reviewer');
    expect(scoped.departments).toEqual([statistics]);
    expect(scoped.sections.remindersReceived.map((item) => item.period)).toEqual(['2024-11']);
    const other = await todoOf('otherReviewer');
    expect(other.departments).toEqual([finance]);
    expect(other.sections.remindersReceived).toEqual([]);
    const every = await todoOf('everyReviewer');
    expect(every.departments).toEqual(expect.arrayContaining([statistics, finance]));
    expect(every.sections.remindersReceived.map((item) => item.period)).toEqual(['2024-11']);
  });

  it('lets a reviewer of the lead department, and one of every department, remind it', async () => {
    for (const who of ['reviewer', 'everyReviewer'] as const) {
      const response = await api.call(`/api/indicators/${retail}/reminders`, {
        method: 'POST',
        as: people[who],
        body: { period: '2024-12', message: `${who} 催报` },
      });
      expect(response.status, `${who}: ${response.text}`).toBe(201);
    }
    expect((await reminders()).map((item) => [item.period, item.sentBy])).toEqual(
      expect.arrayContaining([
        ['2024-12', people.reviewer.user.username],
        ['2024-12', people.everyReviewer.user.username],
      ]),
    );
  });

  it('lets only the lead department’s editors and admins file reasons, and stores nothing for the others', async () => {
    const refusedAs: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['reviewer', 403],
      ['otherReviewer', 403],
      ['everyReviewer', 403],
    ];
    for (const [who, status] of refusedAs) {
      const response = await api.call(`/api/indicators/${retail}/explanations/2024-10`, {
        method: 'PUT',
        as: as(who),
        body: { ...explanation, expectedVersion: null },
      });
      expect(response.status, `${who}: ${response.text}`).toBe(status);
    }
    expect(await explanations()).toEqual([]);
  });

  it('files reasons and measures, revises them at the version read and answers a stale write with what is stored', async () => {
    const filed = await api.call(`/api/indicators/${retail}/explanations/2024-10`, {
      method: 'PUT',
      as: people.editor,
      body: { ...explanation, expectedVersion: null },
    });
    expect(filed.status, filed.text).toBe(201);
    const first = explanationResponseSchema.parse(filed.json()).explanation;
    expect(first).toMatchObject({ version: 1, department: statistics, measures: explanation.measures });

    const again = await api.call(`/api/indicators/${retail}/explanations/2024-10`, {
      method: 'PUT',
      as: people.admin,
      body: { ...explanation, expectedVersion: null },
    });
    expect(again.status).toBe(409);
    expect((again.json() as { error: { current: unknown } }).error.current).toEqual(first);

    const revised = await api.call(`/api/indicators/${retail}/explanations/2024-10`, {
      method: 'PUT',
      as: people.editor,
      body: { ...explanation, cause: '汽车类零售额回落', expectedVersion: 1 },
    });
    expect(revised.status, revised.text).toBe(200);
    expect(explanationResponseSchema.parse(revised.json()).explanation).toMatchObject({
      version: 2,
      cause: '汽车类零售额回落',
      filedAt: first.filedAt,
    });
    const stale = await api.call(`/api/indicators/${retail}/explanations/2024-10`, {
      method: 'PUT',
      as: people.editor,
      body: { ...explanation, expectedVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const stored = await explanations();
    expect(stored.map((item) => [item.period, item.version, item.cause])).toEqual([
      ['2024-10', 2, '汽车类零售额回落'],
    ]);

    const audit = await api.call(`/api/audit?indicatorId=${retail}&entityType=explanation`, {
      as: people.admin,
    });
    expect(auditListResponseSchema.parse(audit.json()).entries).toHaveLength(2);
  });

  it('refuses reasons without a measure, with an impossible date or outside the plan year, saying what is allowed', async () => {
    const before = await explanations();
    const refusals: [string, unknown, RegExp][] = [
      ['2024-09', { ...explanation, measures: [], expectedVersion: null }, /measures/],
      ['2024-09', { ...explanation, cause: '  ', expectedVersion: null }, /cause/],
      [
        '2024-09',
        { ...explanation, measures: [{ text: '整改', targetDate: '2024-02-31' }], expectedVersion: null },
        /真实日期/,
      ],
      ['2025-03', { ...explanation, expectedVersion: null }, /计划年度（2024年）/],
      ['2024-13', { ...explanation, expectedVersion: null }, /period/],
    ];
    for (const [period, body, message] of refusals) {
      const { status, error } = await api.errorOf(`/api/indicators/${retail}/explanations/${period}`, {
        method: 'PUT',
        as: people.editor,
        body,
        headers: { 'Accept-Language': 'zh-CN' },
      });
      expect(status, JSON.stringify(body)).toBe(400);
      expect(error.message).toMatch(message);
    }
    expect(await explanations()).toEqual(before);
  });
});
