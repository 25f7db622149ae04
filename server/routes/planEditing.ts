/**
 * Plans and their frame, written by admins: `POST /api/plans`, `PATCH /api/plans/:planId`,
 * `POST /api/plans/:planId/copy`, and the central tasks and campaign actions of a plan (create,
 * rename, reorder, retire, restore), and `PUT /api/plans/:planId/order`, one list's whole new order
 * (central tasks, actions, or the indicators or work items under one action). Versioned and audited; see src/api/plansContract.ts. Open pages
 * hear of each edit from the store (PlanEditing.onCommit, wired in server/app.ts). Mounted at /api.
 */
import { Hono, type Context } from 'hono';
import {
  actionTasksBodySchema,
  type ActionTasksBody,
  type ActionTasksResponse,
} from '../../src/api/definitionsContract';
import {
  actionBodySchema,
  actionPatchBodySchema,
  centralTaskBodySchema,
  centralTaskPatchBodySchema,
  newPlanBodySchema,
  planCopyBodySchema,
  planPatchBodySchema,
  reorderBodySchema,
  retireBodySchema,
} from '../../src/api/plansContract';
import type { SessionUser } from '../../src/api/authContract';
import { requireAdmin } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam } from '../http/parameters';
import type { Store } from '../store/port';
import type { Actor } from '../store/writesPort';

export function actorOf(user: SessionUser): Actor {
  return { username: user.username, displayName: user.displayName };
}

function planIdOf(c: Context<AppEnv>): string {
  return parseIdParam('planId', c.req.param('planId'));
}

/** Retire (true) or restore (false) routes share one handler shape. */
const retiring = [
  ['retire', true],
  ['restore', false],
] as const;

/**
 * The older body of `PATCH /api/plans/:planId/actions/:actionId`: which central tasks the action
 * serves, the plan version optional; a stale one answers `{ action, planVersion }`.
 */
async function mapActionToTasks(
  store: Store,
  planId: string,
  actionId: string,
  { centralTaskIds, expectedVersion, note }: ActionTasksBody,
  actor: Actor,
): Promise<ActionTasksResponse> {
  const plan = await store.findPlan(planId);
  if (!plan) throw new ApiProblem('notFound', { field: 'planId' });
  const known = new Set(plan.centralTasks.map((task) => task.id));
  const seen = new Set<string>();
  centralTaskIds.forEach((taskId, index) => {
    if (!known.has(taskId) || seen.has(taskId))
      throw new ApiProblem('invalidBody', { field: `centralTaskIds.${index}` });
    seen.add(taskId);
  });
  const result = await store.updateActionTasks(
    planId,
    actionId,
    centralTaskIds,
    expectedVersion,
    actor,
    note ?? '',
  );
  if (!result) throw new ApiProblem('notFound', { field: 'actionId' });
  if ('conflict' in result) throw new ApiProblem('conflict', { current: result.conflict });
  return result;
}

export function planEditingRoutes(store: Store) {
  const app = new Hono<AppEnv>()
    .post('/plans', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const { plan: input, note } = await readJsonBody(c, newPlanBodySchema);
      const plan = await store.planEditing.createPlan(input, actorOf(user), note);
      return c.json({ plan }, 201);
    })
    .patch('/plans/:planId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { patch, expectedVersion, note } = await readJsonBody(c, planPatchBodySchema);
      const plan = await store.planEditing.updatePlan(planId, patch, expectedVersion, actorOf(user), note);
      return c.json({ plan });
    })
    .post('/plans/:planId/copy', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { note, ...input } = await readJsonBody(c, planCopyBodySchema);
      const plan = await store.planEditing.copyPlan(planId, input, actorOf(user), note);
      return c.json({ plan }, 201);
    })
    .post('/plans/:planId/central-tasks', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { centralTask, expectedVersion, note } = await readJsonBody(c, centralTaskBodySchema);
      const result = await store.planEditing.createCentralTask(
        planId,
        centralTask,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json(result, 201);
    })
    .patch('/plans/:planId/central-tasks/:taskId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const taskId = parseIdParam('taskId', c.req.param('taskId'));
      const { patch, expectedVersion, note } = await readJsonBody(c, centralTaskPatchBodySchema);
      const result = await store.planEditing.updateCentralTask(
        planId,
        taskId,
        patch,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json(result);
    })
    .post('/plans/:planId/actions', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { action, expectedVersion, note } = await readJsonBody(c, actionBodySchema);
      const result = await store.planEditing.createAction(
        planId,
        action,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json(result, 201);
    })
    .patch('/plans/:planId/actions/:actionId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const actionId = parseIdParam('actionId', c.req.param('actionId'));
      const body = await readJsonBody(c, actionPatchBodySchema.or(actionTasksBodySchema));
      const actor = actorOf(user);
      if (!('patch' in body)) return c.json(await mapActionToTasks(store, planId, actionId, body, actor));
      const result = await store.planEditing.updateAction(
        planId,
        actionId,
        body.patch,
        body.expectedVersion,
        actor,
        body.note,
      );
      return c.json({ ...result, planVersion: result.plan.version });
    })
    .put('/plans/:planId/order', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const order = await readJsonBody(c, reorderBodySchema);
      return c.json(await store.planEditing.reorder(planId, order, actorOf(user)));
    });
  for (const [verb, retired] of retiring) {
    app.post(`/plans/:planId/central-tasks/:taskId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const taskId = parseIdParam('taskId', c.req.param('taskId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const result = await store.planEditing.updateCentralTask(
        planId,
        taskId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json(result);
    });
    app.post(`/plans/:planId/actions/:actionId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const actionId = parseIdParam('actionId', c.req.param('actionId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const result = await store.planEditing.updateAction(
        planId,
        actionId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ ...result, planVersion: result.plan.version });
    });
  }
  return app;
}
