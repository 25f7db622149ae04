/**
 * The office's review of figures (src/api/figureReviewsContract.ts): `POST
 * /api/plans/:planId/figure-reviews` submits, approves or sends back figures, all or nothing, at
 * the versions read; `GET /api/plans/:planId/figure-reviews/mine` lists what was sent back to me
 * and what waits for my review. Mounted at /api.
 */
import { Hono, type Context } from 'hono';
import { mayReviewFor, mayWriteFor, type SessionUser } from '../../src/api/authContract';
import {
  figureReviewBodySchema,
  type FigureReviewResponse,
  type MyReviewTasksResponse,
  type ReviewListItem,
} from '../../src/api/figureReviewsContract';
import type { Bilingual } from '../../src/domain/model';
import { reviewTransitions, type FigureState, type ReviewAction } from '../../src/domain/figureReview';
import type { Indicator, IndicatorValue } from '../../src/domain/model';
import { reviewTasksOf } from '../accountability/reviewTodo';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';

const stateNames: Record<FigureState | 'none', Bilingual> = {
  draft: { zh: '草稿', en: 'a draft' },
  submitted: { zh: '已报送', en: 'submitted' },
  approved: { zh: '已审核', en: 'approved' },
  returned: { zh: '已退回', en: 'sent back' },
  none: { zh: '未经审核流程（审核开启前保存）', en: 'outside the review (saved before review was on)' },
};

/** "is 草稿; 审核通过 applies only to figures 已报送". */
function wrongState(action: ReviewAction, state: FigureState | null): Bilingual {
  const now = stateNames[state ?? 'none'];
  const from = reviewTransitions[action].from.map((allowed) => stateNames[allowed]);
  return {
    zh: `当前为“${now.zh}”，此操作只适用于${from.map((name) => `“${name.zh}”`).join('或')}的数据`,
    en: `is ${now.en}; this action applies only to figures that are ${from.map((name) => name.en).join(' or ')}`,
  };
}

const reviewOff: Bilingual = {
  zh: '不适用：本计划未开启数据审核（可在计划设置中开启）',
  en: 'does not apply: this plan does not review figures (turn review on in the plan settings)',
};

const commentRequired: Bilingual = {
  zh: '退回时必须填写退回意见，说明需要修改什么',
  en: 'is required when sending a figure back: say what to correct',
};

/** May this user take the action on figures of an indicator led by `department`? */
function mayAct(user: SessionUser, action: ReviewAction, department: string | null): boolean {
  return action === 'submit' ? mayWriteFor(user, department) : mayReviewFor(user, department);
}

function listItem(indicator: Indicator, figure: IndicatorValue): ReviewListItem {
  return {
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    leadDepartment: indicator.leadDepartment,
    figure,
  };
}

function actorOf(user: SessionUser) {
  return { username: user.username, displayName: user.displayName };
}

async function planContentsOf(store: Store, c: Context<AppEnv>) {
  const planId = parseIdParam('planId', c.req.param('planId'));
  const contents = await store.getPlan(planId);
  if (!contents) throw new ApiProblem('notFound', { field: 'planId' });
  return contents;
}

export function figureReviewRoutes(store: Store) {
  return new Hono<AppEnv>()
    .post('/plans/:planId/figure-reviews', writeBodyLimit, async (c) => {
      const user = requireSignedIn(c);
      if (user.role === 'viewer') throw new ApiProblem('forbidden');
      const { plan, indicators } = await planContentsOf(store, c);
      const { action, comment, figures } = await readJsonBody(c, figureReviewBodySchema);
      if (!plan.reviewFigures) throw new ApiProblem('invalidBody', { field: 'action', reason: reviewOff });
      const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
      const targets = figures.map((figure, index) => {
        const indicator = byId.get(figure.indicatorId);
        if (!indicator) throw new ApiProblem('invalidBody', { field: `figures.${index}.indicatorId` });
        return indicator;
      });
      for (const indicator of targets)
        if (!mayAct(user, action, indicator.leadDepartment)) throw new ApiProblem('forbidden');
      const trimmed = comment === undefined || comment === '' ? null : comment;
      if (action === 'return' && trimmed === null)
        throw new ApiProblem('invalidBody', { field: 'comment', reason: commentRequired });
      const batchId = crypto.randomUUID();
      const result = await store.changeFigureStates(action, figures, trimmed, actorOf(user), batchId);
      if ('conflicts' in result)
        throw new ApiProblem('conflict', { current: { conflicts: result.conflicts } });
      if ('refused' in result) {
        const [first] = result.refused;
        throw new ApiProblem('invalidBody', {
          field: `figures.${first?.index ?? 0}`,
          reason: wrongState(action, first?.state ?? null),
        });
      }
      const response: FigureReviewResponse = { changed: result.changed, batchId };
      return c.json(response);
    })
    .get('/plans/:planId/figure-reviews/mine', async (c) => {
      const user = requireSignedIn(c);
      parseQuery(noQuerySchema, c.req.queries());
      const { plan, indicators } = await planContentsOf(store, c);
      const tasks = await reviewTasksOf(store, user, plan, indicators);
      const sentBack = tasks.sentBack.map(({ indicator, figure }) => listItem(indicator, figure));
      const awaiting = tasks.awaitingReview.map(({ indicator, figure }) => listItem(indicator, figure));
      const body: MyReviewTasksResponse = {
        planId: plan.id,
        reviewFigures: plan.reviewFigures === true,
        sentBackToMe: { count: sentBack.length, figures: sentBack },
        awaitingMyReview: { count: awaiting.length, figures: awaiting },
      };
      return c.json(body);
    });
}
