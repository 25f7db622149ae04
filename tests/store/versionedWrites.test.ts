import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownIndicatorError } from '../../server/store/errors';
import type { Store } from '../../server/store/port';
import type { Actor, FigureWrite } from '../../server/store/writesPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const liMing: Actor = { username: 'li.ming', displayName: '李明' };
const wangFang: Actor = { username: 'wang.fang', displayName: '王芳' };

function write(fields: Partial<FigureWrite> = {}): FigureWrite {
  return {
    indicatorId: 'gdp-growth',
    period: '2024-03',
    value: 6.4,
    note: '统计局修正',
    source: '统计月报',
    expectedVersion: 1,
    ...fields,
  };
}

describe.each(storeKindsUnderTest())('versioned writes of the $name store', (kind) => {
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

  async function figureOf(indicatorId: string, period: string) {
    const values = await store.listValues({ planId, indicatorId });
    return values.find((value) => value.period === period) ?? null;
  }

  it('creates a figure at version 1, recorded now by the writer, and audits it', async () => {
    const result = await store.saveValues(
      [write({ period: '2024-06', expectedVersion: null, value: 6.2 })],
      liMing,
      'batch-a',
    );

    expect(result).toEqual({ saved: [expect.objectContaining({ value: 6.2, version: 1, isDemo: false })] });
    const stored = await figureOf('gdp-growth', '2024-06');
    expect(stored).toMatchObject({
      value: 6.2,
      version: 1,
      recordedBy: '李明',
      note: '统计局修正',
      source: '统计月报',
    });
    const [entry, ...others] = await store.audit.list({ indicatorId: 'gdp-growth' });
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'li.ming',
      actorName: '李明',
      entityType: 'value',
      entityId: 'gdp-growth',
      planId,
      period: '2024-06',
      oldValue: null,
      newValue: { value: 6.2, version: 1, isDemo: false },
      note: '统计局修正',
      batchId: 'batch-a',
    });
  });

  it('keeps the old revision when a figure is corrected', async () => {
    await store.saveValues([write({ value: 6.4, expectedVersion: 1 })], liMing);

    expect(await figureOf('gdp-growth', '2024-03')).toMatchObject({ value: 6.4, version: 2 });
    const asOfYearEnd = await store.listValues({
      planId,
      indicatorId: 'gdp-growth',
      cutoff: '2024-12-31T15:59:59.999Z',
    });
    expect(asOfYearEnd.map((value) => [value.period, value.value, value.version])).toEqual([
      ['2024-03', 6.1, 1],
    ]);
    const [entry] = await store.audit.list({ indicatorId: 'gdp-growth' });
    expect(entry?.oldValue).toMatchObject({ value: 6.1, version: 1 });
    expect(entry?.newValue).toMatchObject({ value: 6.4, version: 2 });
  });

  it('makes a demo figure real when a real figure replaces it', async () => {
    expect(await store.hasDemoData(planId)).toBe(true);
    await store.saveValues([write({ indicatorId: 'start-rate', value: 93, expectedVersion: 1 })], liMing);

    expect(await figureOf('start-rate', '2024-03')).toMatchObject({ value: 93, isDemo: false, version: 2 });
    expect(await store.hasDemoData(planId)).toBe(false);
  });

  it('saves nothing of a batch when one write is stale, and reports that one with the stored figure', async () => {
    const before = await store.listValues({ planId });
    const result = await store.saveValues(
      [
        write({ indicatorId: 'new-firms', value: 5, expectedVersion: 1 }),
        write({ indicatorId: 'gdp-growth', value: 6.4, expectedVersion: 3 }),
      ],
      liMing,
    );

    expect(result).toEqual({
      conflicts: [
        {
          indicatorId: 'gdp-growth',
          period: '2024-03',
          current: expect.objectContaining({ value: 6.1, version: 1, recordedBy: 'tester' }),
          mine: {
            indicatorId: 'gdp-growth',
            value: 6.4,
            note: '统计局修正',
            source: '统计月报',
            expectedVersion: 3,
          },
        },
      ],
    });
    expect(await store.listValues({ planId })).toEqual(before);
    expect(await store.audit.list({})).toEqual([]);
  });

  it('refuses to create a figure that someone else created meanwhile', async () => {
    const result = await store.saveValues([write({ expectedVersion: null })], liMing);

    expect(result).toMatchObject({ conflicts: [{ indicatorId: 'gdp-growth', current: { value: 6.1 } }] });
  });

  it('lets exactly one of two writers of the same version win; the other can resubmit on top', async () => {
    const [first, second] = await Promise.all([
      store.saveValues([write({ value: 6.5 })], liMing),
      store.saveValues([write({ value: 6.7 })], wangFang),
    ]);
    const results = [first, second];
    const winners = results.filter((result) => 'saved' in result);
    const losers = results.filter((result) => 'conflicts' in result);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);

    const winning = await figureOf('gdp-growth', '2024-03');
    expect(winning?.version).toBe(2);
    const loser = losers[0];
    if (!loser || !('conflicts' in loser)) throw new Error('no loser');
    expect(loser.conflicts[0]?.current).toEqual(winning);

    const loserActor = first === loser ? liMing : wangFang;
    const loserValue = first === loser ? 6.5 : 6.7;
    const resubmitted = await store.saveValues(
      [write({ value: loserValue, expectedVersion: 2 })],
      loserActor,
    );
    expect(resubmitted).toMatchObject({ saved: [{ value: loserValue, version: 3 }] });
    const entries = await store.audit.list({ indicatorId: 'gdp-growth' });
    expect(entries.map((entry) => (entry.newValue as { value: number }).value).sort()).toEqual([6.5, 6.7]);
  });

  it('throws for an unknown indicator and saves nothing', async () => {
    const before = await store.listValues({ planId });
    await expect(
      store.saveValues(
        [write({ indicatorId: 'new-firms', value: 9 }), write({ indicatorId: 'nowhere' })],
        liMing,
      ),
    ).rejects.toBeInstanceOf(UnknownIndicatorError);
    expect(await store.listValues({ planId })).toEqual(before);
  });

  it('edits a definition at its version, auditing each changed field', async () => {
    const result = await store.updateIndicator(
      'gdp-growth',
      {
        leadDepartment: '发展改革局',
        thresholds: [{ value: 6.5, comparator: 'gte', deadline: '2024-12-31' }],
        tolerances: null,
      },
      1,
      liMing,
      '按新口径',
    );

    expect(result).toMatchObject({ indicator: { leadDepartment: '发展改革局', version: 2 } });
    expect(await store.getIndicator('gdp-growth')).toMatchObject({
      leadDepartment: '发展改革局',
      thresholds: [{ value: 6.5 }],
      version: 2,
    });
    const entries = await store.audit.list({ entityType: 'indicator' });
    expect(entries.map((entry) => entry.field).sort()).toEqual(['leadDepartment', 'thresholds']);
    expect(entries.find((entry) => entry.field === 'leadDepartment')).toMatchObject({
      oldValue: null,
      newValue: '发展改革局',
      note: '按新口径',
    });
  });

  it('refuses a definition edit at a stale version and changes nothing', async () => {
    await store.updateIndicator('gdp-growth', { leadDepartment: '统计局' }, 1, liMing);
    const result = await store.updateIndicator('gdp-growth', { leadDepartment: '财政局' }, 1, wangFang);

    expect(result).toMatchObject({ conflict: { leadDepartment: '统计局', version: 2 } });
    expect(await store.getIndicator('gdp-growth')).toMatchObject({ leadDepartment: '统计局', version: 2 });
  });

  it('leaves the version alone when an edit changes nothing', async () => {
    const result = await store.updateIndicator('gdp-growth', { tolerances: null }, 1, liMing);

    expect(result).toMatchObject({ indicator: { version: 1 } });
    expect(await store.audit.list({})).toEqual([]);
  });

  it('sets which central tasks an action serves, versioned by plan', async () => {
    const result = await store.updateActionTasks(planId, 'action-firms', ['task-industry'], 1, liMing);

    expect(result).toMatchObject({
      action: { id: 'action-firms', centralTaskIds: ['task-industry'] },
      planVersion: 2,
    });
    const contents = await store.getPlan(planId);
    expect(contents?.plan.actions.find((action) => action.id === 'action-firms')?.centralTaskIds).toEqual([
      'task-industry',
    ]);
    expect(await store.updateActionTasks(planId, 'action-firms', [], 1, wangFang)).toMatchObject({
      conflict: { action: { centralTaskIds: ['task-industry'] }, planVersion: 2 },
    });
    expect(await store.audit.list({ entityType: 'action' })).toMatchObject([
      { entityId: 'action-firms', field: 'centralTaskIds', oldValue: [], newValue: ['task-industry'] },
    ]);
    expect(await store.updateActionTasks(planId, 'no-such-action', [], undefined, liMing)).toBeNull();
  });

  it('keeps saved figures, revisions and their audit when the storage is opened again', async () => {
    await store.saveValues([write({ value: 6.4 })], liMing);
    const reopened = await underTest.reopen();

    const values = await reopened.listValues({ planId, indicatorId: 'gdp-growth' });
    expect(values.map((value) => [value.value, value.version])).toEqual([[6.4, 2]]);
    expect(await reopened.audit.list({})).toHaveLength(1);
  });
});
