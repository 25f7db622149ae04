import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanTreeResponse } from '../../src/api/contract';
import type { Deck, Snapshot } from '../../src/api/presentContract';
import type { Store } from '../../server/store/port';
import { planId, seedFixture } from './fixture';
import { storeKindsUnderTest, type StoreUnderTest } from './storesUnderTest';

function deck(fields: Partial<Deck> = {}): Deck {
  return {
    id: 'deck-weekly',
    planId,
    name: '周例会',
    slides: [
      { slideId: 'title', durationSeconds: 20 },
      { slideId: 'indicator-gdp-growth', durationSeconds: 30 },
    ],
    version: 1,
    createdBy: 'planner',
    createdAt: '2024-05-01T01:00:00.000Z',
    updatedBy: 'planner',
    updatedAt: '2024-05-01T01:00:00.000Z',
    ...fields,
  };
}

function snapshot(tree: PlanTreeResponse, fields: Partial<Snapshot> = {}): Snapshot {
  return {
    id: 'snapshot-may',
    planId,
    name: '五月调度会',
    meetingDate: '2024-05-06',
    asOf: null,
    asOfPeriod: '2024-04',
    takenAt: '2024-05-06T01:30:00.000Z',
    takenBy: 'planner',
    tree,
    standings: {
      'gdp-growth': {
        status: 'onSchedule',
        judged: false,
        actual: 6.1,
        actualPeriod: '2024-03',
        expected: 6,
        gapAbsolute: 0.1,
      },
    },
    ...fields,
  };
}

describe.each(storeKindsUnderTest())('decks and snapshots in the $name store', (kind) => {
  let underTest: StoreUnderTest;
  let store: Store;

  async function treeNow(): Promise<PlanTreeResponse> {
    const contents = await store.getPlan(planId);
    if (!contents) throw new Error('the fixture plan is not stored');
    return {
      ...contents,
      values: await store.listValues({ planId }),
      asOf: { period: null, cutoff: null },
      hasDemoData: await store.hasDemoData(planId),
      benchmarks: [],
    };
  }

  beforeEach(async () => {
    underTest = await kind.start();
    store = underTest.store;
    await store.seed(seedFixture());
  });
  afterEach(async () => {
    await underTest.dispose();
  });

  it('gives back a saved deck exactly as written, at version 1', async () => {
    await store.presentations.createDeck(deck());

    expect(await store.presentations.getDeck('deck-weekly')).toEqual(deck());
    expect(await store.presentations.listDecks(planId)).toEqual([deck()]);
    expect(await store.presentations.getDeck('deck-unknown')).toBeNull();
  });

  it('lists the decks of a plan with the latest change first', async () => {
    await store.presentations.createDeck(deck({ id: 'deck-old', updatedAt: '2024-05-01T01:00:00.000Z' }));
    await store.presentations.createDeck(deck({ id: 'deck-new', updatedAt: '2024-06-01T01:00:00.000Z' }));

    const listed = await store.presentations.listDecks(planId);
    expect(listed.map((d) => d.id)).toEqual(['deck-new', 'deck-old']);
    expect(await store.presentations.listDecks('another-plan')).toEqual([]);
  });

  it('refuses a deck of a plan it does not hold', async () => {
    await expect(store.presentations.createDeck(deck({ planId: 'another-plan' }))).rejects.toThrow();
  });

  it('changes a deck at the version it was read at and counts the version up', async () => {
    await store.presentations.createDeck(deck());
    const slides = [{ slideId: 'indicator-new-firms', durationSeconds: 5 }];

    const result = await store.presentations.updateDeck('deck-weekly', 1, {
      name: '月度例会',
      slides,
      updatedBy: 'admin',
      updatedAt: '2024-06-02T08:00:00.000Z',
    });

    const expected = deck({
      name: '月度例会',
      slides,
      version: 2,
      updatedBy: 'admin',
      updatedAt: '2024-06-02T08:00:00.000Z',
    });
    expect(result).toEqual({ outcome: 'done', deck: expected });
    expect(await store.presentations.getDeck('deck-weekly')).toEqual(expected);
  });

  it('refuses a change at a stale version and says what is stored now', async () => {
    await store.presentations.createDeck(deck());
    const change = {
      name: 'A',
      slides: deck().slides,
      updatedBy: 'a',
      updatedAt: '2024-06-02T08:00:00.000Z',
    };
    await store.presentations.updateDeck('deck-weekly', 1, change);

    const stale = await store.presentations.updateDeck('deck-weekly', 1, { ...change, name: 'B' });

    expect(stale).toEqual({
      outcome: 'conflict',
      current: expect.objectContaining({ name: 'A', version: 2 }),
    });
    expect((await store.presentations.getDeck('deck-weekly'))?.name).toBe('A');
    expect(await store.presentations.updateDeck('deck-unknown', 1, change)).toEqual({ outcome: 'notFound' });
  });

  it('deletes a deck only at its current version', async () => {
    await store.presentations.createDeck(deck({ version: 1 }));

    expect(await store.presentations.deleteDeck('deck-weekly', 3)).toEqual({
      outcome: 'conflict',
      current: deck(),
    });
    expect(await store.presentations.deleteDeck('deck-weekly', 1)).toEqual({ outcome: 'done', deck: null });
    expect(await store.presentations.getDeck('deck-weekly')).toBeNull();
    expect(await store.presentations.deleteDeck('deck-weekly', 1)).toEqual({ outcome: 'notFound' });
  });

  it('keeps a snapshot as taken, even after the figures change', async () => {
    const tree = await treeNow();
    await store.presentations.createSnapshot(snapshot(tree));
    await store.recordValue({
      ...tree.values[0]!,
      value: 4.2,
      recordedAt: '2024-06-10T02:00:00.000Z',
    });

    const stored = await store.presentations.getSnapshot('snapshot-may');
    expect(stored).toEqual(snapshot(tree));
    expect(stored?.tree.values[0]?.value).toBe(tree.values[0]?.value);
    expect(await store.presentations.getSnapshot('snapshot-unknown')).toBeNull();
  });

  it('lists snapshots without their contents, the latest meeting first', async () => {
    const tree = await treeNow();
    await store.presentations.createSnapshot(
      snapshot(tree, { id: 'snapshot-april', meetingDate: '2024-04-08' }),
    );
    await store.presentations.createSnapshot(
      snapshot(tree, { id: 'snapshot-may', meetingDate: '2024-05-06' }),
    );

    const listed = await store.presentations.listSnapshots(planId);

    expect(listed.map((s) => s.id)).toEqual(['snapshot-may', 'snapshot-april']);
    expect(listed[0]).toEqual({
      id: 'snapshot-may',
      planId,
      name: '五月调度会',
      meetingDate: '2024-05-06',
      asOf: null,
      asOfPeriod: '2024-04',
      takenAt: '2024-05-06T01:30:00.000Z',
      takenBy: 'planner',
    });
  });

  it('keeps decks and snapshots when the storage is opened again', async () => {
    await store.presentations.createDeck(deck());
    const tree = await treeNow();
    await store.presentations.createSnapshot(snapshot(tree));

    store = await underTest.reopen();

    expect(await store.presentations.getDeck('deck-weekly')).toEqual(deck());
    expect(await store.presentations.getSnapshot('snapshot-may')).toEqual(snapshot(tree));
  });
});
