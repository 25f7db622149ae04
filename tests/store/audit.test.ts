import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../src/api/auditContract';
import type { Store } from '../../server/store/port';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

function entry(fields: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actor: 'li.ming',
    actorName: '李明',
    entityType: 'value',
    entityId: 'new-firms',
    planId,
    period: '2024-03',
    oldValue: 4,
    newValue: 5,
    note: '补录',
    at: '2024-04-12T03:30:00.000Z',
    ...fields,
  };
}

describe.each(storeKindsUnderTest())('the audit trail of the $name store', (kind) => {
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

  it('starts empty', async () => {
    expect(await store.audit.list({})).toEqual([]);
  });

  it('gives back an appended entry with an id, its time and its before and after as written', async () => {
    await store.audit.append([
      entry({ field: 'thresholds', oldValue: [{ value: 10 }], newValue: { nested: [1, 'a', null, true] } }),
    ]);

    const [stored, ...rest] = await store.audit.list({});
    expect(rest).toEqual([]);
    expect(stored).toEqual({
      id: expect.any(String),
      at: '2024-04-12T03:30:00.000Z',
      actor: 'li.ming',
      actorName: '李明',
      entityType: 'value',
      entityId: 'new-firms',
      planId,
      period: '2024-03',
      field: 'thresholds',
      oldValue: [{ value: 10 }],
      newValue: { nested: [1, 'a', null, true] },
      note: '补录',
    });
  });

  it('stamps an entry without a time with the time it was appended', async () => {
    const before = new Date().toISOString();
    await store.audit.append([entry({ at: undefined })]);
    const after = new Date().toISOString();

    const [stored] = await store.audit.list({});
    expect((stored?.at ?? '') >= before && (stored?.at ?? '') <= after).toBe(true);
  });

  it('lists the newest first, and entries of the same instant in reverse order of appending', async () => {
    await store.audit.append([
      entry({ at: '2024-04-01T00:00:00.000Z', note: 'first' }),
      entry({ at: '2024-05-01T00:00:00.000Z', note: 'newest' }),
    ]);
    await store.audit.append([entry({ at: '2024-04-01T00:00:00.000Z', note: 'second' })]);

    expect((await store.audit.list({})).map((e) => e.note)).toEqual(['newest', 'second', 'first']);
  });

  it('filters by indicator, actor, entity, batch and time, and pages with limit and offset', async () => {
    await store.audit.append([
      entry({ note: 'a', at: '2024-03-31T16:30:00.000Z', batchId: 'batch-1' }),
      entry({
        note: 'b',
        entityId: 'gdp-growth',
        actor: 'wang.fang',
        actorName: '王芳',
        at: '2024-04-02T00:00:00.000Z',
      }),
      entry({ note: 'c', entityType: 'indicator', field: 'thresholds', at: '2024-04-03T00:00:00.000Z' }),
      entry({ note: 'd', entityType: 'project', entityId: 'new-firms', at: '2024-04-04T00:00:00.000Z' }),
    ]);
    const notes = async (filter: Parameters<Store['audit']['list']>[0]) =>
      (await store.audit.list(filter)).map((e) => e.note);

    expect(await notes({ indicatorId: 'new-firms' })).toEqual(['c', 'a']);
    expect(await notes({ actor: 'wang.fang' })).toEqual(['b']);
    expect(await notes({ entityType: 'project' })).toEqual(['d']);
    expect(await notes({ entityType: 'value', entityId: 'gdp-growth' })).toEqual(['b']);
    expect(await notes({ batchId: 'batch-1' })).toEqual(['a']);
    expect(await notes({ planId: 'another-plan' })).toEqual([]);
    // 2024-04-01 in China time begins at 2024-03-31T16:00Z; the day of `to` is included whole.
    expect(await notes({ from: '2024-04-01', to: '2024-04-03' })).toEqual(['c', 'b', 'a']);
    expect(await notes({ from: '2024-04-02T00:00:00.000Z', to: '2024-04-03T00:00:00.000Z' })).toEqual([
      'c',
      'b',
    ]);
    expect(await notes({ limit: 2 })).toEqual(['d', 'c']);
    expect(await notes({ limit: 2, offset: 2 })).toEqual(['b', 'a']);
  });

  it('stores nothing of a batch that holds an invalid entry', async () => {
    await expect(store.audit.append([entry({ note: 'fine' }), entry({ actor: '' })])).rejects.toThrow();
    expect(await store.audit.list({})).toEqual([]);
  });

  it('keeps its entries when the storage is opened again', async () => {
    await store.audit.append([entry()]);
    const reopened = await underTest.reopen();

    expect((await reopened.audit.list({})).map((e) => e.note)).toEqual(['补录']);
  });
});
