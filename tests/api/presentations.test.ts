/**
 * Decks and meeting snapshots through the API, on both targets: who may write, versioned changes,
 * and a snapshot that keeps the figures it froze while the comparison names what changed since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/api/contract';
import {
  deckSchema,
  decksResponseSchema,
  snapshotComparisonSchema,
  snapshotSchema,
  snapshotSummarySchema,
  snapshotsResponseSchema,
  type DeckInput,
} from '../../src/api/presentContract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const revenue = 'public-budget-revenue-growth';
const industry = 'industrial-value-added-growth';

const weeklyDeck: DeckInput = {
  name: '周调度会',
  slides: [
    { slideId: 'title', durationSeconds: 10 },
    { slideId: `indicator-${revenue}`, durationSeconds: 30 },
    { slideId: 'action-project-construction', durationSeconds: 20 },
  ],
};

describe.each(apiTargets)('decks and snapshots on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<'admin' | 'editor' | 'viewer', SignedIn>;

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', ['区统计局']);
    people.viewer = await signInAs(running, 'viewer');
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  async function errorOf(path: string, options: Parameters<typeof api.call>[1]) {
    const result = await api.call(path, options);
    return { status: result.status, error: errorBodySchema.parse(result.json()).error };
  }

  async function createDeck(input: DeckInput = weeklyDeck) {
    const created = await api.call(`/api/plans/${planId}/decks`, {
      method: 'POST',
      as: people.editor,
      body: input,
    });
    expect(created.status, created.text).toBe(201);
    return deckSchema.parse(created.json());
  }

  describe('decks', () => {
    it('refuses an anonymous visitor (401) and a viewer (403) saving a deck, and lets an editor', async () => {
      const body = weeklyDeck;
      expect((await errorOf(`/api/plans/${planId}/decks`, { method: 'POST', body })).status).toBe(401);
      expect(
        (await errorOf(`/api/plans/${planId}/decks`, { method: 'POST', body, as: people.viewer })).status,
      ).toBe(403);
      const deck = await createDeck();
      expect(deck).toMatchObject({ planId, name: '周调度会', slides: weeklyDeck.slides, version: 1 });
      expect(deck.createdBy).toBe(people.editor.user.displayName);
    });

    it('lets anyone who may view read a saved deck and the list of decks', async () => {
      const deck = await createDeck({ ...weeklyDeck, name: '人人可看' });

      const read = await api.call(`/api/decks/${deck.id}`);
      expect(read.status).toBe(200);
      expect(deckSchema.parse(read.json())).toEqual(deck);
      const list = await api.call(`/api/plans/${planId}/decks`);
      expect(list.status).toBe(200);
      expect(decksResponseSchema.parse(list.json()).decks).toContainEqual(deck);
    });

    it('changes a deck at the version it was read at, and refuses a stale version with 409 and the deck as it is', async () => {
      const deck = await createDeck();
      const changed = { name: '月度调度会', slides: [{ slideId: 'title', durationSeconds: 5 }] };

      const first = await api.call(`/api/decks/${deck.id}`, {
        method: 'PUT',
        as: people.admin,
        body: { ...changed, version: 1 },
      });
      expect(first.status, first.text).toBe(200);
      expect(deckSchema.parse(first.json())).toMatchObject({
        ...changed,
        version: 2,
        createdBy: deck.createdBy,
      });

      const stale = await errorOf(`/api/decks/${deck.id}`, {
        method: 'PUT',
        as: people.editor,
        body: { ...weeklyDeck, version: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.error.code).toBe('conflict');
      expect(deckSchema.parse(stale.error.current)).toMatchObject({ name: '月度调度会', version: 2 });
      expect(deckSchema.parse((await api.call(`/api/decks/${deck.id}`)).json()).name).toBe('月度调度会');
    });

    it('deletes a deck only at its current version', async () => {
      const deck = await createDeck();

      expect((await errorOf(`/api/decks/${deck.id}?version=1`, { method: 'DELETE' })).status).toBe(401);
      expect(
        (await errorOf(`/api/decks/${deck.id}?version=7`, { method: 'DELETE', as: people.editor })).status,
      ).toBe(409);
      const deleted = await api.call(`/api/decks/${deck.id}?version=1`, {
        method: 'DELETE',
        as: people.editor,
      });
      expect(deleted.status).toBe(204);
      expect((await errorOf(`/api/decks/${deck.id}`, {})).status).toBe(404);
    });

    it('refuses a deck naming a slide the plan does not have, or a slide shown for under 3 seconds', async () => {
      const unknownSlide = await errorOf(`/api/plans/${planId}/decks`, {
        method: 'POST',
        as: people.editor,
        body: {
          name: 'x',
          slides: [
            { slideId: 'title', durationSeconds: 20 },
            { slideId: 'indicator-nothing', durationSeconds: 20 },
          ],
        },
      });
      expect(unknownSlide).toMatchObject({
        status: 400,
        error: { code: 'invalidBody', field: 'slides.1.slideId' },
      });

      const tooShort = await errorOf(`/api/plans/${planId}/decks`, {
        method: 'POST',
        as: people.editor,
        body: { name: 'x', slides: [{ slideId: 'title', durationSeconds: 1 }] },
      });
      expect(tooShort).toMatchObject({
        status: 400,
        error: { code: 'invalidBody', field: 'slides.0.durationSeconds' },
      });

      const noPlan = await errorOf('/api/plans/no-such-plan/decks', {
        method: 'POST',
        as: people.editor,
        body: weeklyDeck,
      });
      expect(noPlan).toMatchObject({ status: 404, error: { field: 'planId' } });
    });
  });

  describe('meeting snapshots', () => {
    async function takeSnapshot(body: Record<string, unknown>) {
      const created = await api.call(`/api/plans/${planId}/snapshots`, {
        method: 'POST',
        as: people.editor,
        body,
      });
      expect(created.status, created.text).toBe(201);
      return snapshotSummarySchema.parse(created.json());
    }

    async function putFigure(indicatorId: string, period: string, value: number) {
      const current = await api.figure(indicatorId, period);
      const response = await api.call(`/api/indicators/${indicatorId}/values/${period}`, {
        method: 'PUT',
        as: people.admin,
        body: { value, note: '会后更正', expectedVersion: current?.version ?? null },
      });
      expect(response.status, response.text).toBe(200);
    }

    it('refuses an anonymous visitor taking a snapshot', async () => {
      const refused = await errorOf(`/api/plans/${planId}/snapshots`, {
        method: 'POST',
        body: { name: '调度会', meetingDate: '2024-11-05' },
      });
      expect(refused.status).toBe(401);
    });

    it('freezes the plan as of a month when asked, and lists the snapshot', async () => {
      const summary = await takeSnapshot({ name: '半年调度会', meetingDate: '2024-07-08', asOf: '2024-06' });

      expect(summary).toMatchObject({
        name: '半年调度会',
        meetingDate: '2024-07-08',
        asOf: '2024-06',
        asOfPeriod: '2024-06',
      });
      const stored = snapshotSchema.parse((await api.call(`/api/snapshots/${summary.id}`)).json());
      expect(stored.tree.asOf.period).toBe('2024-06');
      expect(stored.tree.values.every((value) => value.period <= '2024-06')).toBe(true);
      expect(stored.standings[revenue]).toMatchObject({ actualPeriod: '2024-06' });
      const list = snapshotsResponseSchema.parse((await api.call(`/api/plans/${planId}/snapshots`)).json());
      expect(list.snapshots).toContainEqual(summary);
    });

    it('freezes an ended plan year at its year-end when no month is asked for', async () => {
      const summary = await takeSnapshot({ name: '年终总结会', meetingDate: '2025-01-20' });
      expect(summary.asOfPeriod).toBe('2024-12');
      const stored = snapshotSchema.parse((await api.call(`/api/snapshots/${summary.id}`)).json());
      // The seed's last revenue figure is October's: at the year-end the verdict awaits December's.
      expect(stored.standings[revenue]).toMatchObject({ status: 'awaitingYearEnd', actualPeriod: '2024-10' });
    });

    it('keeps the figures it froze after they change, and the comparison names each change', async () => {
      const summary = await takeSnapshot({ name: '年终调度会', meetingDate: '2025-01-10' });
      const before = snapshotSchema.parse((await api.call(`/api/snapshots/${summary.id}`)).json());
      const revenueThen = before.standings[revenue];
      const industryThen = before.standings[industry];
      // The plan year is over: frozen at its year-end, October's figures await December's.
      expect(revenueThen).toMatchObject({ status: 'awaitingYearEnd', actualPeriod: '2024-10', actual: 5 });
      expect(industryThen).toMatchObject({ status: 'awaitingYearEnd', actualPeriod: '2024-10' });

      await putFigure(revenue, '2024-10', 7.6);
      await putFigure(industry, '2024-10', 6.1);

      const after = snapshotSchema.parse((await api.call(`/api/snapshots/${summary.id}`)).json());
      expect(after).toEqual(before);
      expect(after.tree.values.find((v) => v.indicatorId === revenue && v.period === '2024-10')?.value).toBe(
        5,
      );

      const compared = await api.call(`/api/snapshots/${summary.id}/compare`);
      expect(compared.status).toBe(200);
      const comparison = snapshotComparisonSchema.parse(compared.json());
      expect(comparison.nowAsOfPeriod).toBe('2024-12');
      const revenueNow = comparison.indicators.find((item) => item.indicatorId === revenue);
      const industryNow = comparison.indicators.find((item) => item.indicatorId === industry);
      expect(revenueNow).toMatchObject({
        then: { status: 'awaitingYearEnd', actual: 5 },
        now: { status: 'awaitingYearEnd', actual: 7.6 },
        change: 'unchanged',
        figuresSince: [{ period: '2024-10', value: 7.6, recordedBy: people.admin.user.displayName }],
      });
      expect(industryNow).toMatchObject({
        then: { status: 'awaitingYearEnd' },
        now: { status: 'awaitingYearEnd', actual: 6.1 },
        change: 'unchanged',
      });
      const untouched = comparison.indicators.find((item) => item.indicatorId === 'retail-sales-growth');
      expect(untouched).toMatchObject({ change: 'unchanged', figuresSince: [] });
    });

    it('answers an unknown snapshot with 404', async () => {
      expect((await errorOf('/api/snapshots/snapshot-none', {})).status).toBe(404);
      expect((await errorOf('/api/snapshots/snapshot-none/compare', {})).status).toBe(404);
    });
  });
});
