/**
 * Confirming a reviewed draft through the API, on both targets: the seed article's targets written
 * into a new plan that then shows them, additions to an existing plan refused at a stale version,
 * one bad target refusing the whole draft with its field named in the user's language, and who may
 * confirm. Nothing is written by a refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTreeResponseSchema } from '../../src/api/contract';
import {
  draftConfirmationResponseSchema,
  planDraftResponseSchema,
  type DraftConfirmationBody,
  type ReviewedTargetBody,
} from '../../src/api/planDraftsContract';
import { sourceArticleZh } from '../../server/seed/sourceArticle';
import { entryClient, planId as seedPlanId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const confirmPath = '/api/plan-drafts/confirm';

describe.each(apiTargets)('confirming a reviewed draft on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<'admin' | 'editor' | 'viewer', SignedIn>;
  let seedTargets: ReviewedTargetBody[] = [];
  let frame: { tasks: string[]; actions: string[] } = { tasks: [], actions: [] };

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', ['区统计局']);
    people.viewer = await signInAs(running, 'viewer');
    const drafted = await api.call('/api/plan-drafts', {
      method: 'POST',
      as: people.admin,
      body: { text: sourceArticleZh },
    });
    const draft = planDraftResponseSchema.parse(drafted.json());
    frame = { tasks: draft.frame?.tasks ?? [], actions: draft.frame?.actions ?? [] };
    seedTargets = draft.targets.map((proposal) => ({
      name: proposal.name.zh,
      kind: proposal.kind,
      direction: proposal.direction,
      binding: proposal.binding,
      actionName: proposal.actionName,
      thresholds: [
        {
          comparator: proposal.comparator,
          value: proposal.value,
          valueMax: proposal.valueMax,
          band: proposal.band,
          unit: proposal.unit,
          deadline: proposal.deadline,
        },
      ],
      quotes: [proposal.sentence],
    }));
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  const intoNewPlan = (targets: ReviewedTargetBody[]): DraftConfirmationBody => ({
    into: {
      kind: 'newPlan',
      plan: {
        organisation: { zh: '示例高新区', en: 'Example Hi-tech Zone' },
        organisationLevel: 'zone',
        year: 2024,
        title: { zh: '2024年“1310”工作体系', en: '2024 "1310" work system' },
        sourceDocument: { title: '工作会议报道', publishedOn: '2024-02-19' },
        sourceText: sourceArticleZh,
      },
    },
    centralTasks: frame.tasks,
    actions: frame.actions,
    targets,
  });

  async function storedState(): Promise<string> {
    const plans = await api.call('/api/plans', { as: people.admin });
    const audit = await api.call('/api/audit', { as: people.admin });
    return `${plans.text}\n${audit.text}`;
  }

  it('writes the seed article’s targets into a new plan whose tree then shows each under its action', async () => {
    const response = await api.call(confirmPath, {
      method: 'POST',
      as: people.admin,
      body: { ...intoNewPlan(seedTargets), note: '从工作会议报道起草' },
    });
    expect(response.status, response.text).toBe(201);
    const { plan, indicators } = draftConfirmationResponseSchema.parse(response.json());
    expect(indicators).toHaveLength(seedTargets.length);
    expect(plan.actions.map((action) => action.name.zh)).toEqual(expect.arrayContaining(frame.actions));
    const tree = planTreeResponseSchema.parse((await api.call(`/api/plans/${plan.id}`)).json());
    expect(tree.indicators).toHaveLength(seedTargets.length);
    const startRate = tree.indicators.find(
      (indicator) => indicator.sourceQuote === '力争一季度开工率超过90%',
    );
    expect(startRate).toMatchObject({
      kind: 'deadlineRate',
      thresholds: [{ value: 90, comparator: 'gt', deadline: '2024-03-31' }],
    });
    expect(plan.actions.find((action) => action.id === startRate?.actionId)?.name.zh).toBe('项目建设提速');
  });

  it('refuses additions to a plan at a stale version with the plan stored now, and writes nothing', async () => {
    const before = await storedState();
    const current = planTreeResponseSchema.parse((await api.call(`/api/plans/${seedPlanId}`)).json()).plan;
    const response = await api.errorOf(confirmPath, {
      method: 'POST',
      as: people.admin,
      body: {
        into: { kind: 'existingPlan', planId: seedPlanId, expectedVersion: current.version + 5 },
        centralTasks: [],
        actions: [],
        targets: seedTargets.slice(0, 1),
      },
    });
    expect(response.status).toBe(409);
    expect(response.error.current).toMatchObject({ id: seedPlanId, version: current.version });
    expect(await storedState()).toBe(before);
  });

  it('refuses the whole draft when one target has no figure, naming it in Chinese and in English', async () => {
    const before = await storedState();
    const broken = { ...seedTargets[1]!, thresholds: [{ ...seedTargets[1]!.thresholds[0]!, value: null }] };
    const body = intoNewPlan([seedTargets[0]!, broken]);
    const zh = await api.errorOf(confirmPath, {
      method: 'POST',
      as: people.admin,
      body,
      headers: { 'Accept-Language': 'zh-CN' },
    });
    expect(zh.status).toBe(400);
    expect(zh.error).toMatchObject({ code: 'invalidBody', field: 'targets.1.thresholds.0.value' });
    expect(zh.error.message).toContain('未填写目标数值');
    const en = await api.errorOf(confirmPath, {
      method: 'POST',
      as: people.admin,
      body,
      headers: { 'Accept-Language': 'en-US' },
    });
    expect(en.error.message).toContain('has no target figure');
    expect(await storedState()).toBe(before);
  });

  it('lets only an admin confirm: anonymous visitors sign in, editors and viewers are refused', async () => {
    const before = await storedState();
    const body = intoNewPlan(seedTargets.slice(0, 2));
    expect((await api.call(confirmPath, { method: 'POST', as: null, body })).status).toBe(401);
    expect((await api.call(confirmPath, { method: 'POST', as: people.viewer, body })).status).toBe(403);
    expect((await api.call(confirmPath, { method: 'POST', as: people.editor, body })).status).toBe(403);
    expect(await storedState()).toBe(before);
  });
});
