import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../src/api/remindersContract';
import { reminderAlert } from '../../src/domain/alerts/alertRules';
import type { ExplanationChange } from '../../server/store/accountabilityPort';
import type { Store } from '../../server/store/port';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

function reminder(fields: Partial<Reminder> = {}): Reminder {
  return {
    id: 'reminder-1',
    planId,
    indicatorId: 'gdp-growth',
    period: '2024-03',
    department: '区统计局',
    message: '请尽快报送',
    daysLate: 3,
    sentBy: 'office',
    sentByName: '督查室',
    sentAt: '2024-04-13T01:00:00.000Z',
    ...fields,
  };
}

function change(fields: Partial<ExplanationChange> = {}): ExplanationChange {
  return {
    planId,
    indicatorId: 'gdp-growth',
    period: '2024-03',
    cause: '重点项目投产推迟',
    measures: [{ text: '督促项目5月投产', targetDate: '2024-05-31' }],
    department: '区统计局',
    by: 'stats',
    byName: '统计员',
    at: '2024-04-15T02:00:00.000Z',
    ...fields,
  };
}

/** The alert a reminder raises, for the fixture's indicator. */
function alertOf(sent: Reminder) {
  return reminderAlert({
    ...sent,
    indicator: {
      id: sent.indicatorId,
      planId,
      name: { zh: '地区生产总值', en: 'GDP' },
      leadDepartment: sent.department,
    },
  });
}

/** A reader of the reminded department. */
const statisticsEditor = { id: 'u-stat', role: 'editor' as const, departments: ['区统计局'] };

const auditOf = () => [
  {
    actor: 'stats',
    actorName: '统计员',
    entityType: 'explanation' as const,
    entityId: 'gdp-growth',
    planId,
    oldValue: null,
    newValue: 'filed',
    note: '',
  },
];

describe.each(storeKindsUnderTest())('reminders and explanations in the $name store', (kind) => {
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

  it('keeps a sent reminder as written, with its audit entry, the latest first', async () => {
    await store.accountability.sendReminder(
      reminder(),
      [
        {
          actor: 'office',
          actorName: '督查室',
          entityType: 'reminder',
          entityId: 'gdp-growth',
          planId,
          period: '2024-03',
          oldValue: null,
          newValue: { message: '请尽快报送' },
          note: '请尽快报送',
        },
      ],
      alertOf(reminder()),
    );
    const second = reminder({ id: 'reminder-2', period: '2024-06', sentAt: '2024-07-20T01:00:00.000Z' });
    await store.accountability.sendReminder(second, [], alertOf(second));
    const listed = await store.accountability.listReminders({ planId });
    expect(listed.map((r) => r.id)).toEqual(['reminder-2', 'reminder-1']);
    expect(listed[1]).toEqual(reminder());
    expect(await store.accountability.listReminders({ planId, indicatorId: 'start-rate' })).toEqual([]);
    expect((await store.audit.list({ entityType: 'reminder' })).map((e) => e.period)).toEqual(['2024-03']);
  });

  it('stores the reminder’s alert to the department with the reminder, once per reminder', async () => {
    await store.accountability.sendReminder(reminder(), [], alertOf(reminder()));
    // Raising the same reminder's alert again (a retry) alerts no one twice.
    expect(await store.alerts.raise([alertOf(reminder())])).toEqual([]);

    const { notifications, unread } = await store.alerts.notifications(statisticsEditor, 10);
    expect(unread).toBe(1);
    expect(notifications).toEqual([
      expect.objectContaining({
        rule: 'reminder',
        indicatorId: 'gdp-growth',
        period: '2024-03',
        department: '区统计局',
        read: false,
      }) as unknown,
    ]);
  });

  it('stores no alert when the reminder cannot be stored', async () => {
    await store.accountability.sendReminder(reminder(), [], alertOf(reminder()));
    // The same reminder id again: the reminder is refused, and its alert (under a key of its own
    // here) goes with it.
    const again = { ...alertOf(reminder({ period: '2024-06' })), dedupeKey: 'reminder:reminder-1-again' };
    await expect(
      store.accountability.sendReminder(reminder({ period: '2024-06' }), [], again),
    ).rejects.toThrow();

    expect((await store.accountability.listReminders({ planId })).map((r) => r.period)).toEqual(['2024-03']);
    const { notifications } = await store.alerts.notifications(statisticsEditor, 10);
    expect(notifications.map((alert) => alert.period)).toEqual(['2024-03']);
  });

  it('files an explanation at version 1, revises it at the version read, and refuses a stale write', async () => {
    const filed = await store.accountability.fileExplanation(change(), null, auditOf);
    expect(filed).toMatchObject({
      outcome: 'done',
      previous: null,
      explanation: { version: 1, cause: '重点项目投产推迟' },
    });

    const twice = await store.accountability.fileExplanation(change(), null, auditOf);
    expect(twice).toMatchObject({ outcome: 'conflict', current: { version: 1 } });

    const revised = await store.accountability.fileExplanation(
      change({ cause: '投产推迟至5月', by: 'admin', byName: '管理员', at: '2024-04-20T02:00:00.000Z' }),
      1,
      auditOf,
    );
    expect(revised).toMatchObject({
      outcome: 'done',
      explanation: { version: 2, filedBy: 'stats', updatedBy: 'admin', filedAt: '2024-04-15T02:00:00.000Z' },
    });
    expect(await store.accountability.fileExplanation(change(), 1, auditOf)).toMatchObject({
      outcome: 'conflict',
      current: { version: 2, cause: '投产推迟至5月' },
    });
    const listed = await store.accountability.listExplanations({ planId });
    expect(listed.map((e) => [e.period, e.version])).toEqual([['2024-03', 2]]);
    expect(await store.audit.list({ entityType: 'explanation' })).toHaveLength(2);
  });

  it('keeps explanations of other periods apart, ordered by indicator and period, across a restart', async () => {
    await store.accountability.fileExplanation(change({ period: '2024-06' }), null, auditOf);
    await store.accountability.fileExplanation(change(), null, auditOf);
    await store.accountability.fileExplanation(change({ indicatorId: 'start-rate' }), null, auditOf);
    store = await underTest.reopen();
    const listed = await store.accountability.listExplanations({ planId });
    expect(listed.map((e) => `${e.indicatorId} ${e.period}`)).toEqual([
      'gdp-growth 2024-03',
      'gdp-growth 2024-06',
      'start-rate 2024-03',
    ]);
    expect(
      (await store.accountability.listExplanations({ planId, indicatorId: 'start-rate' })).map(
        (e) => e.period,
      ),
    ).toEqual(['2024-03']);
  });

  it('stores neither the explanation nor its audit entry when the audit entry is refused', async () => {
    const badAudit = () => auditOf().map((entry) => ({ ...entry, actor: '' }));
    await expect(store.accountability.fileExplanation(change(), null, badAudit)).rejects.toThrow();
    expect(await store.accountability.listExplanations({ planId })).toEqual([]);
    expect(await store.audit.list({ entityType: 'explanation' })).toEqual([]);
  });
});
