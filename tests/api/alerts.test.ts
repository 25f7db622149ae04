/**
 * Alerts through the API, on the real server and on the mock: a figure that turns a target 滞后
 * reaches the notification centre of its lead department's users and of admins, and no one else;
 * marking read lowers the unread count; admins add, change and disable webhooks at the version
 * read, audited, with clear refusals of a bad address or format; and the role matrix of every new
 * route (admins, the lead department's editors, other editors, viewers, anonymous visitors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  notificationsResponseSchema,
  webhookResponseSchema,
  webhooksResponseSchema,
} from '../../src/api/alertsContract';
import { auditListResponseSchema } from '../../src/api/auditContract';
import { entryClient } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const indicatorId = 'fixed-asset-investment-growth';
const statistics = '区统计局';

describe.each(apiTargets)('alerts on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<'admin' | 'editor' | 'otherEditor' | 'viewer', SignedIn>;

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', [statistics]);
    people.otherEditor = await signInAs(running, 'editor', ['区财政局']);
    people.viewer = await signInAs(running, 'viewer');
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  });

  async function notificationsOf(who: SignedIn) {
    const response = await api.call('/api/notifications', { as: who });
    expect(response.status, response.text).toBe(200);
    return notificationsResponseSchema.parse(response.json());
  }

  async function save(period: string, value: number) {
    const stored = (await api.call(`/api/indicators/${indicatorId}`)).json() as {
      values: { period: string; version: number }[];
    };
    const expectedVersion = stored.values.find((figure) => figure.period === period)?.version ?? null;
    const response = await api.call(`/api/indicators/${indicatorId}/values/${period}`, {
      method: 'PUT',
      as: people.editor,
      body: { value, note: '', expectedVersion, confirmation: { reason: '核实' } },
    });
    expect(response.status, response.text).toBe(200);
  }

  it('a figure that turns a target 滞后 tells its lead department’s editor and admins, not another department or a viewer', async () => {
    const before = await notificationsOf(people.editor);
    await save('2024-04', 8.1);
    await save('2024-04', 5.0);
    const after = await notificationsOf(people.editor);
    expect(after.unread).toBe(before.unread + 1);
    expect(after.notifications[0]).toMatchObject({
      rule: 'statusBehind',
      level: 'yellow',
      indicatorId,
      period: '2024-04',
      department: statistics,
      read: false,
      title: { zh: '「固定资产投资」转为滞后' },
    });
    const alertId = after.notifications[0]!.id;
    expect((await notificationsOf(people.admin)).notifications.map((n) => n.id)).toContain(alertId);
    expect((await notificationsOf(people.otherEditor)).notifications.map((n) => n.id)).not.toContain(alertId);
    expect((await notificationsOf(people.viewer)).notifications).toEqual([]);

    const marked = await api.call('/api/notifications/read', {
      method: 'POST',
      as: people.editor,
      body: { ids: [alertId] },
    });
    expect(marked.status, marked.text).toBe(200);
    expect(marked.json()).toEqual({ unread: after.unread - 1 });
    expect((await api.call('/api/notifications/unread', { as: people.editor })).json()).toEqual({
      unread: after.unread - 1,
    });
    expect((await notificationsOf(people.admin)).notifications.find((n) => n.id === alertId)?.read).toBe(
      false,
    );
    const all = await api.call('/api/notifications/read', {
      method: 'POST',
      as: people.admin,
      body: { all: true },
    });
    expect(all.json()).toEqual({ unread: 0 });
  });

  it('admins add, change and disable a webhook at the version read; a stale version is a 409 with the stored one; each change is audited', async () => {
    const added = await api.call('/api/webhooks', {
      method: 'POST',
      as: people.admin,
      body: {
        name: '督查室企业微信群',
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
        format: 'wecomMarkdown',
        rules: ['statusBehind', 'overdue'],
        departments: [statistics],
      },
    });
    expect(added.status, added.text).toBe(201);
    const { webhook } = webhookResponseSchema.parse(added.json());
    expect(webhook).toMatchObject({ enabled: true, version: 1 });

    const disabled = await api.call(`/api/webhooks/${webhook.id}`, {
      method: 'PATCH',
      as: people.admin,
      body: { version: 1, enabled: false },
    });
    expect(disabled.status, disabled.text).toBe(200);
    expect(webhookResponseSchema.parse(disabled.json()).webhook).toMatchObject({
      enabled: false,
      version: 2,
    });

    const stale = await api.call(`/api/webhooks/${webhook.id}`, {
      method: 'PATCH',
      as: people.admin,
      body: { version: 1, name: '改名' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'conflict', current: { name: '督查室企业微信群', version: 2 } },
    });

    const listed = webhooksResponseSchema.parse(
      (await api.call('/api/webhooks', { as: people.admin })).json(),
    );
    expect(listed.webhooks.find((candidate) => candidate.id === webhook.id)?.enabled).toBe(false);
    const audit = auditListResponseSchema.parse(
      (await api.call('/api/audit?entityType=webhook', { as: people.admin })).json(),
    );
    expect(audit.entries.filter((entry) => entry.entityId === webhook.id)).toHaveLength(2);
  });

  it('refuses a webhook address that is not http(s), a format it does not know and no rules, naming the field, storing nothing', async () => {
    const body = {
      name: '群',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=x',
      format: 'dingtalkText',
      rules: ['overdue'],
      departments: [],
    };
    const before = webhooksResponseSchema.parse(
      (await api.call('/api/webhooks', { as: people.admin })).json(),
    ).webhooks;
    for (const [change, field] of [
      [{ url: 'ftp://example.com/hook' }, 'url'],
      [{ format: 'slack' }, 'format'],
      [{ rules: [] }, 'rules'],
    ] as const) {
      const refused = await api.errorOf('/api/webhooks', {
        method: 'POST',
        as: people.admin,
        body: { ...body, ...change },
        headers: { 'Accept-Language': 'zh-CN' },
      });
      expect(refused.status).toBe(400);
      expect(refused.error.field).toBe(field);
    }
    const after = webhooksResponseSchema.parse(
      (await api.call('/api/webhooks', { as: people.admin })).json(),
    ).webhooks;
    expect(after).toEqual(before);
  });

  it.runIf(target.mode === 'server')(
    'the server refuses a webhook to this machine unless WEBHOOKS_ALLOW_LOCAL is set, saying how to allow it',
    async () => {
      const refused = await api.errorOf('/api/webhooks', {
        method: 'POST',
        as: people.admin,
        body: {
          name: '本机',
          url: 'http://127.0.0.1:9/hook',
          format: 'json',
          rules: ['overdue'],
          departments: [],
        },
        headers: { 'Accept-Language': 'en' },
      });
      expect(refused.status).toBe(400);
      expect(refused.error).toMatchObject({
        field: 'url',
        message: expect.stringContaining('WEBHOOKS_ALLOW_LOCAL=1'),
      });
    },
  );

  describe('the role matrix', () => {
    type Who = 'anonymous' | 'viewer' | 'otherEditor' | 'editor' | 'admin';
    const everyone: Who[] = ['anonymous', 'viewer', 'otherEditor', 'editor', 'admin'];
    const routes: [string, string, unknown, Record<Who, number[]>][] = [
      [
        'GET',
        '/api/notifications',
        undefined,
        { anonymous: [401], viewer: [200], otherEditor: [200], editor: [200], admin: [200] },
      ],
      [
        'GET',
        '/api/notifications/unread',
        undefined,
        { anonymous: [401], viewer: [200], otherEditor: [200], editor: [200], admin: [200] },
      ],
      [
        'POST',
        '/api/notifications/read',
        { all: true },
        { anonymous: [401], viewer: [200], otherEditor: [200], editor: [200], admin: [200] },
      ],
      [
        'GET',
        '/api/webhooks',
        undefined,
        { anonymous: [401], viewer: [403], otherEditor: [403], editor: [403], admin: [200] },
      ],
      [
        'POST',
        '/api/webhooks',
        {},
        { anonymous: [401], viewer: [403], otherEditor: [403], editor: [403], admin: [400] },
      ],
      [
        'PATCH',
        '/api/webhooks/any-webhook',
        { version: 1 },
        { anonymous: [401], viewer: [403], otherEditor: [403], editor: [403], admin: [404] },
      ],
      [
        'GET',
        '/api/webhook-deliveries',
        undefined,
        { anonymous: [401], viewer: [403], otherEditor: [403], editor: [403], admin: [200] },
      ],
    ];
    it.each(routes)('%s %s answers each role as it should', async (method, path, body, expected) => {
      for (const who of everyone) {
        const response = await api.call(path, { method, as: who === 'anonymous' ? null : people[who], body });
        expect(expected[who], `${who}: ${response.text}`).toContain(response.status);
      }
    });
  });
});
