/**
 * The office's review of figures through the API, on both targets: a department submits, the
 * office sends one back with a comment and approves the corrected one, and official views change
 * only then; who may take each step; stale and out-of-turn steps change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureReviewResponseSchema, myReviewTasksResponseSchema } from '../../src/api/figureReviewsContract';
import { indicatorResponseSchema, planTreeResponseSchema } from '../../src/api/contract';
import { planResponseSchema } from '../../src/api/plansContract';
import { todoResponseSchema } from '../../src/api/todoContract';
import type { IndicatorValue } from '../../src/domain/model';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const statistics = '区统计局';
const finance = '区财政局';
const growth = 'industrial-value-added-growth';
const revenue = 'public-budget-revenue-growth';

type Who = 'anonymous' | 'viewer' | 'otherEditor' | 'editor' | 'otherReviewer' | 'reviewer' | 'admin';

describe.each(apiTargets)('reviewing figures on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<Exclude<Who, 'anonymous'>, SignedIn>;
  const as = (who: Who) => (who === 'anonymous' ? null : people[who]);

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', [statistics]);
    people.otherEditor = await signInAs(running, 'editor', [finance]);
    people.reviewer = await signInAs(running, 'reviewer', [statistics]);
    people.otherReviewer = await signInAs(running, 'reviewer', [finance]);
    people.viewer = await signInAs(running, 'viewer');
    for (const indicatorId of [growth, revenue])
      await api.setLeadDepartment(people.admin, indicatorId, statistics);
    const { json } = await api.call(`/api/plans/${planId}`);
    const { plan } = planTreeResponseSchema.parse(json());
    const turnedOn = await api.call(`/api/plans/${planId}`, {
      method: 'PATCH',
      as: people.admin,
      body: { patch: { reviewFigures: true }, expectedVersion: plan.version, note: '开启审核' },
    });
    expect(turnedOn.status, turnedOn.text).toBe(200);
    expect(planResponseSchema.parse(turnedOn.json()).plan.reviewFigures).toBe(true);
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  async function figureIn(view: 'official' | 'withPending' | 'current', indicatorId: string, period: string) {
    const { status, json, text } = await api.call(`/api/indicators/${indicatorId}?figures=${view}`, {
      as: people.admin,
    });
    expect(status, text).toBe(200);
    return indicatorResponseSchema.parse(json()).values.find((value) => value.period === period) ?? null;
  }

  async function overviewFigure(indicatorId: string, period: string, query = '') {
    const { status, json } = await api.call(`/api/plans/${planId}${query}`);
    expect(status).toBe(200);
    const tree = planTreeResponseSchema.parse(json());
    return tree.values.find((value) => value.indicatorId === indicatorId && value.period === period) ?? null;
  }

  async function save(who: Who, indicatorId: string, period: string, value: number, submit: boolean) {
    const current = await figureIn('current', indicatorId, period);
    return api.call(`/api/indicators/${indicatorId}/values/${period}`, {
      method: 'PUT',
      as: as(who),
      body: { value, note: '', expectedVersion: current?.version ?? null, submit },
    });
  }

  async function review(
    who: Who,
    action: 'submit' | 'approve' | 'return',
    figures: IndicatorValue[],
    comment?: string,
  ) {
    return api.call(`/api/plans/${planId}/figure-reviews`, {
      method: 'POST',
      as: as(who),
      body: {
        action,
        ...(comment === undefined ? {} : { comment }),
        figures: figures.map(({ indicatorId, period, version }) => ({
          indicatorId,
          period,
          expectedVersion: version,
        })),
      },
    });
  }

  async function tasks(who: Exclude<Who, 'anonymous'>) {
    const { status, json, text } = await api.call(`/api/plans/${planId}/figure-reviews/mine`, {
      as: people[who],
    });
    expect(status, text).toBe(200);
    return myReviewTasksResponseSchema.parse(json());
  }

  it('shows the office’s figures on the overview only once the office approves them', async () => {
    const officialBefore = await overviewFigure(growth, '2024-03');
    const base = (await figureIn('current', growth, '2024-03'))?.value ?? 9;

    // The department submits March: one figure right away, one saved as a draft and submitted later.
    expect((await save('editor', growth, '2024-03', base + 0.1, true)).status).toBe(200);
    expect((await save('editor', revenue, '2024-03', 6.2, false)).status).toBe(200);
    const draft = await figureIn('current', revenue, '2024-03');
    expect(draft?.review?.state).toBe('draft');
    expect((await review('editor', 'submit', [draft as IndicatorValue])).status).toBe(200);
    expect(await overviewFigure(growth, '2024-03')).toEqual(officialBefore);

    // Waiting for review: the switch shows it, marked.
    const pending = await overviewFigure(growth, '2024-03', '?figures=withPending');
    expect(pending).toMatchObject({ value: base + 0.1, review: { state: 'submitted' } });
    expect((await tasks('reviewer')).awaitingMyReview.count).toBe(2);
    expect((await tasks('otherReviewer')).awaitingMyReview.count).toBe(0);

    // The office sends one back with a comment.
    const submitted = await figureIn('current', growth, '2024-03');
    const sentBack = await review('reviewer', 'return', [submitted as IndicatorValue], '请核对口径');
    expect(sentBack.status, sentBack.text).toBe(200);
    const returned = figureReviewResponseSchema.parse(sentBack.json()).changed[0];
    expect(returned?.review).toMatchObject({ state: 'returned', comment: '请核对口径' });
    const mine = await tasks('editor');
    expect(mine.sentBackToMe.figures.map((item) => item.indicatorId)).toEqual([growth]);
    expect(mine.sentBackToMe.figures[0]?.figure.review?.comment).toBe('请核对口径');
    expect(await overviewFigure(growth, '2024-03')).toEqual(officialBefore);
    // 我的待办 says the same: the department's figure sent back with the comment, the reviewer's
    // list the figure still waiting.
    const todo = await api.call(`/api/plans/${planId}/todo`, { as: people.editor });
    expect(todoResponseSchema.parse(todo.json()).sections.sentBack).toEqual([
      expect.objectContaining({ indicatorId: growth, period: '2024-03', comment: '请核对口径' }),
    ]);
    const reviewerTodo = await api.call(`/api/plans/${planId}/todo`, { as: people.reviewer });
    expect(
      todoResponseSchema.parse(reviewerTodo.json()).sections.awaitingReview.map((item) => item.indicatorId),
    ).toEqual([revenue]);

    // The department corrects it and resubmits; the office approves both.
    expect((await save('editor', growth, '2024-03', base + 0.2, true)).status).toBe(200);
    expect((await tasks('editor')).sentBackToMe.count).toBe(0);
    const waiting = (await tasks('reviewer')).awaitingMyReview.figures.map((item) => item.figure);
    expect(waiting).toHaveLength(2);
    const approved = await review('reviewer', 'approve', waiting);
    expect(approved.status, approved.text).toBe(200);

    expect(await overviewFigure(growth, '2024-03')).toMatchObject({
      value: base + 0.2,
      review: { state: 'approved' },
    });
    expect((await overviewFigure(revenue, '2024-03'))?.value).toBe(6.2);
    expect((await tasks('reviewer')).awaitingMyReview.count).toBe(0);
  });

  it('records every step in the audit trail with the comment', async () => {
    const { status, json } = await api.call(`/api/audit?planId=${planId}&indicatorId=${growth}&limit=50`, {
      as: people.admin,
    });
    expect(status).toBe(200);
    const entries = (json() as { entries: { field?: string; note: string; newValue: unknown }[] }).entries;
    const steps = entries.filter((entry) => entry.field === 'reviewState');
    expect(steps.map((entry) => (entry.newValue as { state: string }).state)).toEqual(
      expect.arrayContaining(['returned', 'approved']),
    );
    expect(steps.find((entry) => (entry.newValue as { state: string }).state === 'returned')?.note).toBe(
      '请核对口径',
    );
  });

  it('refuses a stale review with 409 and changes nothing', async () => {
    expect((await save('editor', growth, '2024-04', 9.3, true)).status).toBe(200);
    const submitted = (await figureIn('current', growth, '2024-04')) as IndicatorValue;
    const stale = { ...submitted, version: submitted.version - 1 };
    const response = await review('reviewer', 'approve', [stale]);
    expect(response.status).toBe(409);
    expect(await figureIn('current', growth, '2024-04')).toEqual(submitted);
  });

  it('refuses approving a draft, naming its state in both languages', async () => {
    expect((await save('editor', growth, '2024-05', 9.1, false)).status).toBe(200);
    const draft = (await figureIn('current', growth, '2024-05')) as IndicatorValue;
    const { status, error } = await api.errorOf(`/api/plans/${planId}/figure-reviews`, {
      method: 'POST',
      as: people.reviewer,
      body: {
        action: 'approve',
        figures: [{ indicatorId: growth, period: '2024-05', expectedVersion: draft.version }],
      },
    });
    expect(status).toBe(400);
    expect(error.field).toBe('figures.0');
    expect(error.message).toContain('草稿');
    expect(await figureIn('current', growth, '2024-05')).toEqual(draft);
  });

  it('refuses sending back without a comment', async () => {
    expect((await save('editor', growth, '2024-06', 9.2, true)).status).toBe(200);
    const submitted = (await figureIn('current', growth, '2024-06')) as IndicatorValue;
    const { status, error } = await api.errorOf(`/api/plans/${planId}/figure-reviews`, {
      method: 'POST',
      as: people.reviewer,
      body: {
        action: 'return',
        comment: '  ',
        figures: [{ indicatorId: growth, period: '2024-06', expectedVersion: submitted.version }],
      },
    });
    expect(status).toBe(400);
    expect(error.field).toBe('comment');
  });

  describe('who may take each step', () => {
    const reviewMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['editor', 403],
      ['otherReviewer', 403],
      ['reviewer', 200],
      ['admin', 200],
    ];
    it.each(reviewMatrix)('answers %s approving a figure with %i', async (who, status) => {
      expect((await save('editor', revenue, '2024-07', 5.5, true)).status).toBe(200);
      const submitted = (await figureIn('current', revenue, '2024-07')) as IndicatorValue;
      const response = await review(who, 'approve', [submitted]);
      expect(response.status, response.text).toBe(status);
      const after = await figureIn('current', revenue, '2024-07');
      if (status === 200) expect(after?.review?.state).toBe('approved');
      else expect(after).toEqual(submitted);
    });

    it.each(reviewMatrix)('answers %s sending a figure back with %i', async (who, status) => {
      expect((await save('editor', revenue, '2024-08', 5.6, true)).status).toBe(200);
      const submitted = (await figureIn('current', revenue, '2024-08')) as IndicatorValue;
      const response = await review(who, 'return', [submitted], '数据有误');
      expect(response.status, response.text).toBe(status);
      // Back to submitted for the next row of the matrix.
      if (status === 200) expect((await save('editor', revenue, '2024-08', 5.6, true)).status).toBe(200);
    });

    const submitMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['otherEditor', 403],
      ['reviewer', 403],
      ['editor', 200],
      ['admin', 200],
    ];
    it.each(submitMatrix)('answers %s submitting a draft with %i', async (who, status) => {
      expect((await save('editor', revenue, '2024-09', 5.7, false)).status).toBe(200);
      const draft = (await figureIn('current', revenue, '2024-09')) as IndicatorValue;
      const response = await review(who, 'submit', [draft]);
      expect(response.status, response.text).toBe(status);
    });

    const tasksMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 200],
      ['editor', 200],
      ['reviewer', 200],
      ['admin', 200],
    ];
    it.each(tasksMatrix)('answers %s asking for their review tasks with %i', async (who, status) => {
      const response = await api.call(`/api/plans/${planId}/figure-reviews/mine`, { as: as(who) });
      expect(response.status).toBe(status);
      if (who === 'viewer') {
        const body = myReviewTasksResponseSchema.parse(response.json());
        expect(body.awaitingMyReview.count + body.sentBackToMe.count).toBe(0);
      }
    });

    const draftsMatrix: [Who, number][] = [
      ['anonymous', 401],
      ['viewer', 403],
      ['editor', 200],
      ['reviewer', 200],
      ['admin', 200],
    ];
    it.each(draftsMatrix)('answers %s asking for the figures with drafts with %i', async (who, status) => {
      const response = await api.call(`/api/plans/${planId}?figures=current`, { as: as(who) });
      expect(response.status).toBe(status);
    });
  });
});
