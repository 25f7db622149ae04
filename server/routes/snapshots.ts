/**
 * Meeting snapshots: `POST/GET /api/plans/:planId/snapshots`, `GET /api/snapshots/:snapshotId`
 * (read-only) and `GET /api/snapshots/:snapshotId/compare` (then vs now). Taking one freezes the
 * plan tree exactly as the plan route answers it at that moment, with every indicator's standing.
 */
import { Hono } from 'hono';
import {
  snapshotInputSchema,
  snapshotSchema,
  type Snapshot,
  type SnapshotComparison,
  type SnapshotSummary,
  type SnapshotsResponse,
} from '../../src/api/presentContract';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { requireWriter } from '../auth/guards';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';
import { asOfView } from './asOf';
import { loadPlanTree } from './planTree';
import { compareSnapshot, defaultPeriodOf, standingsOf } from './snapshotComparison';

/**
 * The store keeps a snapshot's tree as the JSON it was answered as; the API reads it against the
 * plan tree's answer, on the way in and on the way out.
 */
function answeredSnapshot(stored: unknown): Snapshot {
  return snapshotSchema.parse(stored);
}

async function storedPlan(store: Store, planId: string): Promise<void> {
  if (!(await store.getPlan(planId))) throw new ApiProblem('notFound', { field: 'planId' });
}

export function snapshotRoutes(store: Store) {
  return new Hono<AppEnv>()
    .get('/plans/:planId/snapshots', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      parseQuery(noQuerySchema, c.req.queries());
      await storedPlan(store, planId);
      const body: SnapshotsResponse = { snapshots: await store.presentations.listSnapshots(planId) };
      return c.json(body);
    })
    .post('/plans/:planId/snapshots', writeBodyLimit, async (c) => {
      const user = requireWriter(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      const input = await readJsonBody(c, snapshotInputSchema);
      const now = new Date();
      const tree = await loadPlanTree(store, planId, asOfView(input.asOf));
      if (!tree) throw new ApiProblem('notFound', { field: 'planId' });
      const asOfPeriod = input.asOf ?? defaultPeriodOf(tree, now);
      const snapshot: Snapshot = {
        id: `snapshot-${crypto.randomUUID()}`,
        planId,
        name: input.name,
        meetingDate: input.meetingDate,
        asOf: input.asOf ?? null,
        asOfPeriod,
        takenAt: now.toISOString(),
        takenBy: user.displayName,
        tree,
        standings: standingsOf(tree, asOfPeriod),
      };
      await store.presentations.createSnapshot(answeredSnapshot(snapshot));
      const { tree: _tree, standings: _standings, ...summary } = snapshot;
      const body: SnapshotSummary = summary;
      return c.json(body, 201);
    })
    .get('/snapshots/:snapshotId', async (c) => {
      const snapshotId = parseIdParam('snapshotId', c.req.param('snapshotId'));
      parseQuery(noQuerySchema, c.req.queries());
      const stored = await store.presentations.getSnapshot(snapshotId);
      if (!stored) throw new ApiProblem('notFound', { field: 'snapshotId' });
      const snapshot = answeredSnapshot(stored);
      return c.json(snapshot);
    })
    .get('/snapshots/:snapshotId/compare', async (c) => {
      const snapshotId = parseIdParam('snapshotId', c.req.param('snapshotId'));
      parseQuery(noQuerySchema, c.req.queries());
      const stored = await store.presentations.getSnapshot(snapshotId);
      if (!stored) throw new ApiProblem('notFound', { field: 'snapshotId' });
      const snapshot = answeredSnapshot(stored);
      const nowTree = await loadPlanTree(store, snapshot.planId, asOfView(undefined));
      if (!nowTree) throw new ApiProblem('notFound', { field: 'planId' });
      const body: SnapshotComparison = compareSnapshot(snapshot, nowTree, new Date());
      return c.json(body);
    });
}
