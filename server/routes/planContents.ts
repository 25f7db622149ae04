/**
 * What a plan holds, written by admins: indicators (create, edit, move, reorder, retire, restore,
 * lead departments in bulk), work items (the same, and their progress, which the editors of the
 * item's lead department may also record) and benchmark series (with their points month by month).
 * Versioned and audited; see src/api/plansContract.ts. Mounted at /api.
 */
import { Hono, type Context } from 'hono';
import {
  benchmarkBodySchema,
  benchmarkPatchBodySchema,
  benchmarkPointsBodySchema,
  indicatorBodySchema,
  indicatorEditBodySchema,
  leadDepartmentsBodySchema,
  retireBodySchema,
  workItemBodySchema,
  workItemPatchBodySchema,
  workItemProgressBodySchema,
} from '../../src/api/plansContract';
import { z } from 'zod';
import { requireAdmin, requireWriterFor } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery, noQuerySchema } from '../http/parameters';
import type { Store } from '../store/port';
import { actorOf } from './planEditing';

function planIdOf(c: Context<AppEnv>): string {
  return parseIdParam('planId', c.req.param('planId'));
}

const retiring = [
  ['retire', true],
  ['restore', false],
] as const;

const indicatorListQuerySchema = z.object({ retired: z.enum(['include', 'exclude']).optional() }).strict();

export function planContentRoutes(store: Store) {
  const app = new Hono<AppEnv>()
    .get('/plans/:planId/indicators', async (c) => {
      const planId = planIdOf(c);
      const { retired } = parseQuery(indicatorListQuerySchema, c.req.queries());
      const contents = await store.getPlan(planId);
      if (!contents) throw new ApiProblem('notFound', { field: 'planId' });
      const indicators = contents.indicators.filter(
        (indicator) => retired === 'include' || !indicator.retired,
      );
      return c.json({ indicators });
    })
    .post('/plans/:planId/indicators', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { indicator: input, note } = await readJsonBody(c, indicatorBodySchema);
      const indicator = await store.planEditing.createIndicator(planId, input, actorOf(user), note);
      return c.json({ indicator }, 201);
    })
    .patch('/plans/:planId/indicators/:indicatorId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const { patch, expectedVersion, note } = await readJsonBody(c, indicatorEditBodySchema);
      const indicator = await store.planEditing.editIndicator(
        planId,
        indicatorId,
        patch,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ indicator });
    })
    .post('/plans/:planId/lead-departments', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { assignments, note } = await readJsonBody(c, leadDepartmentsBodySchema);
      const indicators = await store.planEditing.assignLeadDepartments(
        planId,
        assignments,
        actorOf(user),
        note,
      );
      return c.json({ indicators });
    })
    .post('/plans/:planId/work-items', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { workItem: input, note } = await readJsonBody(c, workItemBodySchema);
      const workItem = await store.planEditing.createWorkItem(planId, input, actorOf(user), note);
      return c.json({ workItem }, 201);
    })
    .patch('/plans/:planId/work-items/:workItemId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const workItemId = parseIdParam('workItemId', c.req.param('workItemId'));
      const { patch, expectedVersion, note } = await readJsonBody(c, workItemPatchBodySchema);
      const workItem = await store.planEditing.editWorkItem(
        planId,
        workItemId,
        patch,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ workItem });
    })
    .post('/plans/:planId/work-items/:workItemId/progress', writeBodyLimit, async (c) => {
      const planId = planIdOf(c);
      const workItemId = parseIdParam('workItemId', c.req.param('workItemId'));
      const stored = await store.planEditing.getWorkItem(workItemId);
      // Who may write is decided before the body is read, as for figures: the lead department's editors, or an admin.
      const user = requireWriterFor(c, stored?.planId === planId ? stored.owner : null);
      if (!stored || stored.planId !== planId) throw new ApiProblem('notFound', { field: 'workItemId' });
      const { expectedVersion, ...progress } = await readJsonBody(c, workItemProgressBodySchema);
      const workItem = await store.planEditing.recordWorkItemProgress(
        planId,
        workItemId,
        progress,
        expectedVersion,
        actorOf(user),
      );
      return c.json({ workItem });
    })
    .get('/plans/:planId/benchmarks', async (c) => {
      const planId = planIdOf(c);
      parseQuery(noQuerySchema, c.req.queries());
      if (!(await store.findPlan(planId))) throw new ApiProblem('notFound', { field: 'planId' });
      return c.json({ benchmarks: await store.planEditing.listBenchmarks(planId) });
    })
    .post('/plans/:planId/benchmarks', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const { series: input, note } = await readJsonBody(c, benchmarkBodySchema);
      const series = await store.planEditing.createBenchmark(planId, input, actorOf(user), note);
      return c.json({ series }, 201);
    })
    .patch('/plans/:planId/benchmarks/:seriesId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const seriesId = parseIdParam('seriesId', c.req.param('seriesId'));
      const { patch, expectedVersion, note } = await readJsonBody(c, benchmarkPatchBodySchema);
      const series = await store.planEditing.editBenchmark(
        planId,
        seriesId,
        patch,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ series });
    })
    .put('/plans/:planId/benchmarks/:seriesId/points', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const seriesId = parseIdParam('seriesId', c.req.param('seriesId'));
      const { expectedVersion, note, ...points } = await readJsonBody(c, benchmarkPointsBodySchema);
      const series = await store.planEditing.enterBenchmarkPoints(
        planId,
        seriesId,
        points,
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ series });
    });
  for (const [verb, retired] of retiring) {
    app.post(`/plans/:planId/indicators/:indicatorId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const indicator = await store.planEditing.editIndicator(
        planId,
        indicatorId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ indicator });
    });
    app.post(`/plans/:planId/work-items/:workItemId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const workItemId = parseIdParam('workItemId', c.req.param('workItemId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const workItem = await store.planEditing.editWorkItem(
        planId,
        workItemId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ workItem });
    });
    app.post(`/plans/:planId/benchmarks/:seriesId/${verb}`, writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const planId = planIdOf(c);
      const seriesId = parseIdParam('seriesId', c.req.param('seriesId'));
      const { expectedVersion, note } = await readJsonBody(c, retireBodySchema);
      const series = await store.planEditing.editBenchmark(
        planId,
        seriesId,
        { retired },
        expectedVersion,
        actorOf(user),
        note,
      );
      return c.json({ series });
    });
  }
  return app;
}
