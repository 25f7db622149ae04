/**
 * Writing figures and definitions through the API, on both targets: who may write, what the server
 * refuses (leaving stored data as it was), conflicts between writers, and all-or-nothing grid saves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionTasksResponseSchema, indicatorConflictSchema } from '../../src/api/definitionsContract';
import {
  savedValuesResponseSchema,
  valueBatchConflictSchema,
  valueFormConflictSchema,
} from '../../src/api/valuesContract';
import { entryClient, planId, type CallOptions } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const statistics = '区统计局';
const finance = '区财政局';

/** Monthly growth rate, quarterly rank, a judged indicator and a milestone: all led by 区统计局 here. */
const growth = 'industrial-value-added-growth';
const revenue = 'public-budget-revenue-growth';
const rank = 'foreign-capital-city-rank';
const judged = 'foreign-capital-used';
const milestone = 'investment-expert-committee';
const quarterly = 'gdp-growth';
const derivedCount = 'billion-yuan-projects';
const derivedRate = 'key-project-start-rate';

describe.each(apiTargets)('writing figures and definitions on $name', (target) => {
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
    people.otherEditor = await signInAs(running, 'editor', [finance]);
    people.viewer = await signInAs(running, 'viewer');
    for (const indicatorId of [
      growth,
      revenue,
      rank,
      judged,
      milestone,
      quarterly,
      derivedCount,
      derivedRate,
    ])
      await api.setLeadDepartment(people.admin, indicatorId, statistics);
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  async function versionOf(indicatorId: string, period: string): Promise<number | null> {
    return (await api.figure(indicatorId, period))?.version ?? null;
  }

  async function putFigure(
    as: SignedIn | null,
    indicatorId: string,
    period: string,
    fields: Record<string, unknown>,
  ) {
    return api.call(`/api/indicators/${indicatorId}/values/${period}`, {
      method: 'PUT',
      as,
      body: { note: '', expectedVersion: await versionOf(indicatorId, period), ...fields },
    });
  }

  describe('who may write', () => {
    type Who = 'anonymous' | 'viewer' | 'otherEditor' | 'editor' | 'admin';
    const signedIn = (who: Who) => (who === 'anonymous' ? null : people[who]);
    const figureMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['editor', 200],
      ['admin', 200],
    ];

    it.each(figureMatrix)('answers %s entering one figure with %i', async (who, status) => {
      const before = await api.figure(growth, '2024-05');
      const response = await putFigure(signedIn(who), growth, '2024-05', { value: 9.4, note: who });
      expect(response.status, response.text).toBe(status);
      const after = await api.figure(growth, '2024-05');
      if (status === 200)
        expect(after).toMatchObject({ value: 9.4, note: who, version: (before?.version ?? 0) + 1 });
      else expect(after).toEqual(before);
    });

    it.each(figureMatrix)('answers %s saving a grid of figures with %i', async (who, status) => {
      const response = await api.call(`/api/plans/${planId}/values`, {
        method: 'POST',
        as: signedIn(who),
        body: {
          period: '2024-06',
          writes: [
            {
              indicatorId: growth,
              value: 9.0,
              note: who,
              expectedVersion: await versionOf(growth, '2024-06'),
            },
            { indicatorId: rank, value: 2, note: who, expectedVersion: await versionOf(rank, '2024-06') },
          ],
        },
      });
      expect(response.status, response.text).toBe(status);
      if (status === 200) expect((await api.figure(rank, '2024-06'))?.note).toBe(who);
    });

    const adminOnlyMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['editor', 403],
      ['admin', 200],
    ];

    it.each(adminOnlyMatrix)('answers %s editing a definition with %i', async (who, status) => {
      const { indicators } = await api.snapshot();
      const indicator = indicators.find((candidate) => candidate.id === 'retail-sales-growth');
      const response = await api.call('/api/indicators/retail-sales-growth', {
        method: 'PATCH',
        as: signedIn(who),
        body: {
          patch: { definition: { zh: `口径 ${who}`, en: `Definition ${who}` } },
          expectedVersion: indicator?.version,
        },
      });
      expect(response.status, response.text).toBe(status);
    });

    it.each(adminOnlyMatrix)('answers %s mapping an action to central tasks with %i', async (who, status) => {
      const { actions } = await api.snapshot();
      const action = actions[1];
      const response = await api.call(`/api/plans/${planId}/actions/${action?.id}`, {
        method: 'PATCH',
        as: signedIn(who),
        body: { centralTaskIds: ['industry-upgrade', 'livelihood'] },
      });
      expect(response.status, response.text).toBe(status);
    });
  });

  describe('saving', () => {
    it('replaces a demo figure with a real one recorded by the writer, keeping it in the audit', async () => {
      const demo = await api.figure(growth, '2024-07');
      expect(demo?.isDemo).toBe(true);

      const response = await putFigure(people.editor, growth, '2024-07', {
        value: 9.3,
        note: '统计局月报',
        source: '月报',
      });
      expect(response.status, response.text).toBe(200);
      const { saved } = savedValuesResponseSchema.parse(response.json());

      const stored = await api.figure(growth, '2024-07');
      expect(stored).toEqual(saved[0]);
      expect(stored).toMatchObject({
        value: 9.3,
        isDemo: false,
        source: '月报',
        recordedBy: people.editor.user.displayName,
      });
      expect(stored?.version).toBe((demo?.version ?? 0) + 1);
    });

    it('accepts a judgement for a judged indicator and a dated milestone', async () => {
      expect(
        (
          await putFigure(people.editor, judged, '2024-09', {
            value: null,
            judgement: 'needsAttention',
            note: '研判',
          })
        ).status,
      ).toBe(200);
      expect((await api.figure(judged, '2024-09'))?.judgement).toBe('needsAttention');
      const done = await putFigure(people.editor, milestone, '2024-04', {
        value: 1,
        achievedOn: '2024-04-10',
        note: '',
      });
      expect(done.status, done.text).toBe(200);
    });

    it('saves nothing of a grid whose one figure is stale, and names it with the stored figure', async () => {
      const before = await api.snapshot();
      const staleVersion = ((await versionOf(growth, '2024-08')) ?? 0) + 5;
      const { status, error } = await api.errorOf(`/api/plans/${planId}/values`, {
        method: 'POST',
        as: people.editor,
        body: {
          period: '2024-08',
          writes: [
            {
              indicatorId: revenue,
              value: 5.1,
              note: '',
              expectedVersion: await versionOf(revenue, '2024-08'),
            },
            { indicatorId: growth, value: 9.9, note: '', expectedVersion: staleVersion },
          ],
        },
      });

      expect(status).toBe(409);
      expect(error.code).toBe('conflict');
      const { conflicts } = valueBatchConflictSchema.parse(error.current);
      expect(conflicts.map((conflict) => [conflict.indicatorId, conflict.mine.value])).toEqual([
        [growth, 9.9],
      ]);
      expect(conflicts[0]?.current?.value).toBe((await api.figure(growth, '2024-08'))?.value);
      expect(await api.snapshot()).toEqual(before);
    });

    it('lets one of two writers of the same version win; the other sees the winner and resubmits', async () => {
      const read = await versionOf(growth, '2024-04');
      const [first, second] = await Promise.all(
        (['editor', 'admin'] as const).map((who, index) =>
          api.call(`/api/indicators/${growth}/values/2024-04`, {
            method: 'PUT',
            as: people[who],
            body: { value: 9.5 + index / 10, note: `by ${who}`, expectedVersion: read },
          }),
        ),
      );
      const statuses = [first?.status, second?.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loserIndex = first?.status === 409 ? 0 : 1;
      const loser = loserIndex === 0 ? first : second;
      const winnerStored = await api.figure(growth, '2024-04');
      const current = valueFormConflictSchema.parse(
        (loser?.json() as { error: { current: unknown } }).error.current,
      );
      expect(current).toEqual(winnerStored);

      const loserWho = loserIndex === 0 ? 'editor' : 'admin';
      const resubmitted = await api.call(`/api/indicators/${growth}/values/2024-04`, {
        method: 'PUT',
        as: people[loserWho],
        body: {
          value: 9.5 + loserIndex / 10,
          note: `by ${loserWho}, again`,
          expectedVersion: current?.version ?? null,
        },
      });
      expect(resubmitted.status, resubmitted.text).toBe(200);
      expect((await api.figure(growth, '2024-04'))?.value).toBe(9.5 + loserIndex / 10);

      const audit = await api.call(`/api/indicators/${growth}/audit`, { as: people.viewer });
      const notes = (audit.json() as { entries: { period?: string; note: string }[] }).entries
        .filter((entry) => entry.period === '2024-04')
        .map((entry) => entry.note);
      expect(notes).toContain(`by ${loserWho}, again`);
      expect(notes).toContain(`by ${loserIndex === 0 ? 'admin' : 'editor'}`);
    });
  });

  describe('refusing bad input, leaving stored data unchanged', () => {
    const formPath = `/api/indicators/${growth}/values/2024-05`;

    async function refuses(
      path: string,
      options: CallOptions,
      expected: { status: number; code: string; field?: string },
    ) {
      const before = await api.snapshot();
      const { status, error } = await api.errorOf(path, options);
      expect({ status, code: error.code, field: error.field }).toEqual({ field: undefined, ...expected });
      expect(await api.snapshot()).toEqual(before);
      return error;
    }

    it('refuses malformed JSON', async () => {
      await refuses(
        formPath,
        { method: 'PUT', as: people.editor, rawBody: '{"value": 9.1,' },
        {
          status: 400,
          code: 'invalidBody',
          field: 'body',
        },
      );
    });

    it('refuses a value of the wrong type and an unknown field, naming them', async () => {
      const version = await versionOf(growth, '2024-05');
      await refuses(
        formPath,
        { method: 'PUT', as: people.editor, body: { value: '9.1', note: '', expectedVersion: version } },
        {
          status: 400,
          code: 'invalidBody',
          field: 'value',
        },
      );
      await refuses(
        formPath,
        {
          method: 'PUT',
          as: people.editor,
          body: { value: 9.1, note: '', expectedVersion: version, isDemo: true },
        },
        { status: 400, code: 'invalidBody', field: 'isDemo' },
      );
    });

    it('refuses a body over 1 MB with 413', async () => {
      await refuses(
        formPath,
        {
          method: 'PUT',
          as: people.editor,
          rawBody: JSON.stringify({ value: 1, note: 'x'.repeat(1024 * 1024 + 10), expectedVersion: null }),
        },
        { status: 413, code: 'payloadTooLarge' },
      );
    });

    it('refuses a count of 1.5 and a rank of 1.5', async () => {
      await refuses(
        `/api/indicators/${derivedCount}/values/2024-05`,
        {
          method: 'PUT',
          as: people.admin,
          body: { value: 1.5, note: '', expectedVersion: null },
        },
        { status: 400, code: 'invalidBody', field: 'value' },
      );
      await refuses(
        `/api/indicators/${rank}/values/2024-06`,
        {
          method: 'PUT',
          as: people.editor,
          body: { value: 1.5, note: '', expectedVersion: await versionOf(rank, '2024-06') },
        },
        { status: 400, code: 'invalidBody', field: 'value' },
      );
    });

    it('refuses a growth rate of 500%, saying so in the language asked for', async () => {
      const error = await refuses(
        formPath,
        {
          method: 'PUT',
          as: people.editor,
          headers: { 'Accept-Language': 'en-US' },
          body: { value: 500, note: '', expectedVersion: await versionOf(growth, '2024-05') },
        },
        { status: 400, code: 'invalidBody', field: 'value' },
      );
      expect(error.message).toMatch(/value/);
      expect(error.message).toMatch(/[a-z]/);
    });

    it('refuses a period outside the plan year, in the future, or off a quarterly rhythm', async () => {
      await refuses(
        `/api/indicators/${growth}/values/2025-01`,
        {
          method: 'PUT',
          as: people.editor,
          body: { value: 9, note: '', expectedVersion: null },
        },
        { status: 400, code: 'invalidParameter', field: 'period' },
      );
      await refuses(
        `/api/indicators/${quarterly}/values/2024-05`,
        {
          method: 'PUT',
          as: people.editor,
          body: { value: 6, note: '', expectedVersion: null },
        },
        { status: 400, code: 'invalidParameter', field: 'period' },
      );
      await refuses(
        `/api/plans/${planId}/values`,
        {
          method: 'POST',
          as: people.editor,
          body: {
            period: '2025-01',
            writes: [{ indicatorId: growth, value: 9, note: '', expectedVersion: null }],
          },
        },
        { status: 400, code: 'invalidBody', field: 'period' },
      );
    });

    it('refuses typing in a figure that the project registry derives', async () => {
      await refuses(
        `/api/indicators/${derivedRate}/values/2024-05`,
        {
          method: 'PUT',
          as: people.admin,
          body: { value: 95, note: '', expectedVersion: await versionOf(derivedRate, '2024-05') },
        },
        { status: 400, code: 'invalidBody', field: 'value' },
      );
    });

    it('names the grid cell at fault and saves none of the others', async () => {
      const grid = async (period: string, second: Record<string, unknown>) => ({
        method: 'POST',
        as: people.editor,
        body: {
          period,
          writes: [
            { indicatorId: growth, value: 9.2, note: '', expectedVersion: await versionOf(growth, period) },
            { note: '', expectedVersion: null, ...second },
          ],
        },
      });
      await refuses(
        `/api/plans/${planId}/values`,
        await grid('2024-09', { indicatorId: judged, value: null }),
        {
          status: 400,
          code: 'invalidBody',
          field: 'writes.1.judgement',
        },
      );
      await refuses(
        `/api/plans/${planId}/values`,
        await grid('2024-05', { indicatorId: quarterly, value: 6 }),
        {
          status: 400,
          code: 'invalidBody',
          field: 'writes.1.indicatorId',
        },
      );
    });

    it('refuses a definition edit at a stale version with the stored definition', async () => {
      const { indicators } = await api.snapshot();
      const stored = indicators.find((indicator) => indicator.id === 'retail-sales-growth');
      const error = await refuses(
        '/api/indicators/retail-sales-growth',
        {
          method: 'PATCH',
          as: people.admin,
          body: { patch: { leadDepartment: finance }, expectedVersion: (stored?.version ?? 0) + 3 },
        },
        { status: 409, code: 'conflict' },
      );
      expect(indicatorConflictSchema.parse(error.current)).toEqual(stored);
    });

    it('refuses a target dated outside the plan year and an unknown central task', async () => {
      const { indicators, actions } = await api.snapshot();
      const stored = indicators.find((indicator) => indicator.id === 'retail-sales-growth');
      await refuses(
        '/api/indicators/retail-sales-growth',
        {
          method: 'PATCH',
          as: people.admin,
          body: {
            patch: { thresholds: [{ value: 6, comparator: 'gte', deadline: '2025-12-31' }] },
            expectedVersion: stored?.version,
          },
        },
        { status: 400, code: 'invalidBody', field: 'patch.thresholds.0.deadline' },
      );
      await refuses(
        `/api/plans/${planId}/actions/${actions[0]?.id}`,
        {
          method: 'PATCH',
          as: people.admin,
          body: { centralTaskIds: ['no-such-task'] },
        },
        { status: 400, code: 'invalidBody', field: 'centralTaskIds.0' },
      );
    });
  });

  describe('definitions', () => {
    it('gives an edited definition a new version that the indicator page shows', async () => {
      const { indicators } = await api.snapshot();
      const stored = indicators.find((indicator) => indicator.id === 'fixed-asset-investment-growth');
      const response = await api.call('/api/indicators/fixed-asset-investment-growth', {
        method: 'PATCH',
        as: people.admin,
        body: {
          patch: {
            tolerances: { attention: 0.5, behind: 1.5 },
            plannedPath: [{ period: '2024-06', value: 7 }],
          },
          expectedVersion: stored?.version,
          note: '按季度计划',
        },
      });
      expect(response.status, response.text).toBe(200);
      const after = (await api.snapshot()).indicators.find(
        (indicator) => indicator.id === 'fixed-asset-investment-growth',
      );
      expect(after).toMatchObject({
        tolerances: { attention: 0.5, behind: 1.5 },
        plannedPath: [{ period: '2024-06', value: 7 }],
        version: (stored?.version ?? 0) + 1,
      });
    });

    it('maps an action to central tasks and answers a stale plan version with the stored mapping', async () => {
      const { actions } = await api.snapshot();
      const actionId = actions[2]?.id ?? '';
      const first = await api.call(`/api/plans/${planId}/actions/${actionId}`, {
        method: 'PATCH',
        as: people.admin,
        body: { centralTaskIds: ['city-quality'] },
      });
      expect(first.status, first.text).toBe(200);
      const { planVersion } = actionTasksResponseSchema.parse(first.json());
      expect((await api.snapshot()).actions[2]?.centralTaskIds).toEqual(['city-quality']);

      const stale = await api.errorOf(`/api/plans/${planId}/actions/${actionId}`, {
        method: 'PATCH',
        as: people.admin,
        body: { centralTaskIds: [], expectedVersion: planVersion - 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.error.current).toMatchObject({
        action: { id: actionId, centralTaskIds: ['city-quality'] },
        planVersion,
      });
    });
  });
});
