/**
 * The change log behind live updates, on every store: each write stores its events with the
 * change, a refused write stores none, ids grow in commit order even when writers race, and the
 * commit listeners hear a write before it returns.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../server/store/eventsPort';
import type { Store } from '../../server/store/port';
import type { Actor, FigureWrite } from '../../server/store/writesPort';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

const liMing: Actor = { username: 'li.ming', displayName: '李明' };

function write(fields: Partial<FigureWrite> = {}): FigureWrite {
  return {
    indicatorId: 'gdp-growth',
    period: '2024-03',
    value: 6.4,
    note: '',
    expectedVersion: 1,
    ...fields,
  };
}

describe.each(storeKindsUnderTest())('the change log of the $name store', (kind) => {
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

  it('starts empty: seeding the plan tells nobody of anything', async () => {
    expect(await store.events.latest()).toBeNull();
    expect(await store.events.after(0, 10)).toEqual([]);
  });

  it('stores one event per write, naming the plan and what changed, and tells the commit listeners before the write returns', async () => {
    const heard: StoredEvent[] = [];
    const stop = store.events.onCommit((events) => heard.push(...events));
    await store.saveValues([write(), write({ indicatorId: 'new-firms', value: 5 })], liMing);
    const heardWhenSaved = heard.length;
    const indicator = await store.getIndicator('gdp-growth');
    await store.updateIndicator(
      'gdp-growth',
      { leadDepartment: '区统计局' },
      indicator?.version ?? 0,
      liMing,
    );
    stop();

    const stored = await store.events.after(0, 10);
    expect(stored.map((entry) => entry.event)).toEqual([
      { type: 'values', planId, ids: ['gdp-growth', 'new-firms'] },
      { type: 'indicator', planId, ids: ['gdp-growth'] },
    ]);
    expect(heardWhenSaved).toBe(1);
    expect(heard).toEqual(stored);
    expect(stored[1]?.id).toBeGreaterThan(stored[0]?.id ?? Infinity);
    expect(await store.events.latest()).toEqual(stored[1]);
    expect(await store.events.after(stored[0]?.id ?? 0, 10)).toEqual([stored[1]]);
  });

  it('stores no event for a write that was refused as stale', async () => {
    const result = await store.saveValues([write({ expectedVersion: 7 })], liMing);
    expect(result).toHaveProperty('conflicts');
    expect(await store.events.latest()).toBeNull();
  });

  it('hands out ids in the order racing writes commit, each write once', async () => {
    const periods = ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'];
    await Promise.all(
      periods.map((period) => store.saveValues([write({ period, expectedVersion: null })], liMing)),
    );
    const stored = await store.events.after(0, 100);
    expect(stored).toHaveLength(periods.length);
    const ids = stored.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps an event until it is older than the pruning limit, and says whether it still has it', async () => {
    await store.saveValues([write()], liMing);
    const [first] = await store.events.after(0, 1);
    if (!first) throw new Error('no event stored');
    expect(await store.events.has(first.id)).toBe(true);
    expect(await store.events.prune(new Date(Date.parse(first.at) - 1000).toISOString())).toBe(0);
    expect(await store.events.prune(new Date(Date.parse(first.at) + 1000).toISOString())).toBe(1);
    expect(await store.events.has(first.id)).toBe(false);
  });

  it('tells of a deck saved', async () => {
    const now = new Date().toISOString();
    await store.presentations.createDeck({
      id: 'deck-1',
      planId,
      name: '月度例会',
      slides: [],
      version: 1,
      createdBy: 'li.ming',
      createdAt: now,
      updatedBy: 'li.ming',
      updatedAt: now,
    });
    const stored = await store.events.after(0, 10);
    expect(stored.map((entry) => entry.event)).toEqual([{ type: 'presentations', planId, ids: ['deck-1'] }]);
  });
});
