/**
 * The alert outbox on every store: a figure save that turns a target 滞后 stores its alert and
 * the alert's webhook deliveries with the save, and a save that fails stores neither; a dedupe key
 * raises once, across a reopen; a delivery is claimed by one worker at a time and, once marked
 * delivered, never claimed again; the notification centre shows each user the alerts of their
 * departments (all of them to admins) with read marks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Webhook } from '../../src/api/alertsContract';
import type { AlertInput } from '../../src/domain/alerts/alertRules';
import type { Store } from '../../server/store/port';
import type { Actor, FigureWrite } from '../../server/store/writesPort';
import { seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const liMing: Actor = { username: 'li.ming', displayName: '李明' };
const statistics = '区统计局';
const admin = { id: 'u-admin', role: 'admin' as const, departments: [] };
const statisticsEditor = { id: 'u-stat', role: 'editor' as const, departments: [statistics] };
const financeEditor = { id: 'u-fin', role: 'editor' as const, departments: ['区财政局'] };

/** gdp-growth's March figure is 6.1 against 6% (on schedule); 4.5 is more than 1 point below: 滞后. */
const behindWrite: FigureWrite = {
  indicatorId: 'gdp-growth',
  period: '2024-03',
  value: 4.5,
  note: '',
  expectedVersion: 1,
};

function webhook(fields: Partial<Webhook> = {}): Webhook {
  return {
    id: 'hook-1',
    name: '统计群',
    url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test',
    format: 'wecomMarkdown',
    rules: ['statusBehind', 'statusMissed'],
    departments: [],
    enabled: true,
    version: 1,
    createdAt: '2024-04-01T00:00:00.000Z',
    updatedAt: '2024-04-01T00:00:00.000Z',
    ...fields,
  };
}

const overdueInput: AlertInput = {
  rule: 'overdue',
  planId: 'zone-2024',
  indicator: { id: 'new-firms', name: { zh: '新增企业', en: 'New firms' }, leadDepartment: statistics },
  period: '2024-03',
  facts: { dueDate: '2024-04-10', daysLate: 2 },
  dedupeKey: 'overdue:new-firms:2024-03',
};

describe.each(storeKindsUnderTest())('the alert outbox of the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
    await store.seed(seedFixture());
    const gdp = await store.getIndicator('gdp-growth');
    await store.updateIndicator('gdp-growth', { leadDepartment: statistics }, gdp!.version, liMing);
    await store.alerts.createWebhook(webhook(), []);
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('a save that turns a target 滞后 stores a yellow alert for its lead department and a pending delivery to the matching webhook', async () => {
    await store.saveValues([behindWrite], liMing);
    const { notifications, unread } = await store.alerts.notifications(statisticsEditor, 10);
    expect(unread).toBe(1);
    expect(notifications).toMatchObject([
      {
        rule: 'statusBehind',
        level: 'yellow',
        indicatorId: 'gdp-growth',
        department: statistics,
        read: false,
      },
    ]);
    const deliveries = await store.alerts.deliveries({ limit: 10 });
    expect(deliveries).toMatchObject([
      { status: 'pending', webhook: { id: 'hook-1' }, alert: { id: notifications[0]?.id } },
    ]);
  });

  it('a figure the office sends back raises an alert for its lead department, with the comment, in the same change', async () => {
    await store.saveValues([{ ...behindWrite, value: 6.2, reviewState: 'submitted' }], liMing);
    const submitted = (await store.listValues({ planId: 'zone-2024', indicatorId: 'gdp-growth' }))[0];
    const sentBack = await store.changeFigureStates(
      'return',
      [{ indicatorId: 'gdp-growth', period: '2024-03', expectedVersion: submitted!.version }],
      '请核对一季度数据来源',
      { username: 'office', displayName: '区统计局审核' },
    );
    expect('changed' in sentBack).toBe(true);
    const { notifications } = await store.alerts.notifications(statisticsEditor, 10);
    expect(notifications).toMatchObject([
      { rule: 'sentBack', indicatorId: 'gdp-growth', department: statistics, read: false },
    ]);
    expect(JSON.stringify(notifications[0])).toContain('请核对一季度数据来源');
  });

  it('a save that fails stores no alert and no delivery: the outbox is written in the save’s transaction', async () => {
    await expect(
      store.saveValues([behindWrite, { ...behindWrite, indicatorId: 'no-such-indicator' }], liMing),
    ).rejects.toThrow();
    const stale = await store.saveValues([{ ...behindWrite, expectedVersion: 7 }], liMing);
    expect('conflicts' in stale).toBe(true);
    expect((await store.alerts.notifications(admin, 10)).notifications).toEqual([]);
    expect(await store.alerts.deliveries({ limit: 10 })).toEqual([]);
    expect((await store.listValues({ planId: 'zone-2024', indicatorId: 'gdp-growth' }))[0]?.value).toBe(6.1);
  });

  it('a save that keeps the target on schedule raises nothing; a disabled webhook is sent nothing', async () => {
    const hook = (await store.alerts.getWebhook('hook-1'))!;
    await store.alerts.updateWebhook(
      'hook-1',
      hook.version,
      { enabled: false },
      new Date().toISOString(),
      () => [],
    );
    await store.saveValues([{ ...behindWrite, value: 6.3 }], liMing);
    expect((await store.alerts.notifications(admin, 10)).unread).toBe(0);
    await store.saveValues([{ ...behindWrite, value: 4.5, expectedVersion: 2 }], liMing);
    expect((await store.alerts.notifications(admin, 10)).unread).toBe(1);
    expect(await store.alerts.deliveries({ limit: 10 })).toEqual([]);
  });

  it('an alert with a dedupe key is raised once, however often (and, on a database, across a reopen)', async () => {
    expect(await store.alerts.raise([overdueInput])).toHaveLength(1);
    expect(await store.alerts.raise([overdueInput])).toEqual([]);
    store = await underTest.reopen();
    expect(await store.alerts.raise([overdueInput])).toEqual([]);
    expect((await store.alerts.notifications(admin, 10)).notifications).toHaveLength(1);
  });

  it('shows each reader their departments’ alerts (admins all), and marks them read one by one or all at once', async () => {
    await store.alerts.raise([overdueInput, { ...overdueInput, indicator: null, dedupeKey: 'overdue:plan' }]);
    expect((await store.alerts.notifications(admin, 10)).unread).toBe(2);
    expect((await store.alerts.notifications(statisticsEditor, 10)).unread).toBe(1);
    expect((await store.alerts.notifications(financeEditor, 10)).notifications).toEqual([]);
    const [first] = (await store.alerts.notifications(statisticsEditor, 10)).notifications;
    expect(await store.alerts.markRead(statisticsEditor, [first!.id], new Date().toISOString())).toBe(0);
    expect((await store.alerts.notifications(statisticsEditor, 10)).notifications[0]?.read).toBe(true);
    expect((await store.alerts.notifications(admin, 10)).unread).toBe(2);
    expect(await store.alerts.markRead(admin, 'all', new Date().toISOString())).toBe(0);
    expect(await store.alerts.markRead(financeEditor, [first!.id], new Date().toISOString())).toBe(0);
  });

  it('a delivery is claimed by one worker at a time, and once delivered it is never claimed again', async () => {
    await store.saveValues([behindWrite], liMing);
    const now = new Date();
    const at = now.toISOString();
    const lease = new Date(now.getTime() + 60_000).toISOString();
    const [claimedByA, claimedByB] = await Promise.all([
      store.alerts.claimDue('worker-a', at, lease, 10),
      store.alerts.claimDue('worker-b', at, lease, 10),
    ]);
    expect(claimedByA.length + claimedByB.length).toBe(1);
    const [owner, delivery] =
      claimedByA.length === 1 ? ['worker-a', claimedByA[0]!] : ['worker-b', claimedByB[0]!];
    const attempt = { at, httpStatus: 200, error: null, durationMs: 5 };
    expect(
      await store.alerts.finishAttempt(delivery.id, 'someone-else', attempt, { status: 'delivered' }),
    ).toBe(false);
    expect(await store.alerts.finishAttempt(delivery.id, owner, attempt, { status: 'delivered' })).toBe(true);
    store = await underTest.reopen();
    const later = new Date(now.getTime() + 3_600_000);
    expect(
      await store.alerts.claimDue(
        'worker-c',
        later.toISOString(),
        new Date(later.getTime() + 60_000).toISOString(),
        10,
      ),
    ).toEqual([]);
    expect(await store.alerts.deliveries({ limit: 10 })).toMatchObject([
      { status: 'delivered', attempts: [{ httpStatus: 200 }] },
    ]);
  });

  it('a lease that ran out lets another worker take the delivery; the first can no longer finish it', async () => {
    await store.saveValues([behindWrite], liMing);
    const now = Date.now();
    const iso = (offset: number) => new Date(now + offset).toISOString();
    const [held] = await store.alerts.claimDue('worker-a', iso(0), iso(1000), 10);
    expect(await store.alerts.claimDue('worker-b', iso(500), iso(1500), 10)).toEqual([]);
    expect(await store.alerts.claimDue('worker-b', iso(2000), iso(62_000), 10)).toHaveLength(1);
    const attempt = { at: iso(2500), httpStatus: 200, error: null, durationMs: 5 };
    expect(await store.alerts.finishAttempt(held!.id, 'worker-a', attempt, { status: 'delivered' })).toBe(
      false,
    );
  });

  it('a webhook change at a stale version changes nothing and reports the stored webhook', async () => {
    const result = await store.alerts.updateWebhook(
      'hook-1',
      5,
      { name: '新名字' },
      new Date().toISOString(),
      () => [],
    );
    expect(result).toMatchObject({ kind: 'stale', current: { name: '统计群', version: 1 } });
    expect(await store.alerts.updateWebhook('nope', 1, {}, new Date().toISOString(), () => [])).toEqual({
      kind: 'missing',
    });
  });
});
