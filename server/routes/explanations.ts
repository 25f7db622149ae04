/**
 * Reasons and measures of a lagging target: `PUT /api/indicators/:indicatorId/explanations/:period`
 * files or revises the explanation of one period (the lead department's editors, or admins);
 * `GET /api/plans/:planId/explanations` lists them. Versioned: `expectedVersion` null files a new
 * one, a stale version (or filing one already filed) is a 409 carrying what is stored. Audited.
 */
import { Hono } from 'hono';
import {
  explanationBodySchema,
  explanationsQuerySchema,
  type Explanation,
  type ExplanationResponse,
  type ExplanationsResponse,
} from '../../src/api/explanationsContract';
import { mayWriteFor } from '../../src/api/authContract';
import { periodSchema } from '../../src/domain/model';
import { indicatorAndPlan, refusePeriodOutsideYear } from '../accountability/reportingYear';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import type { AuditEntryInput } from '../store/auditPort';
import type { Store } from '../store/port';

function auditOf(actor: { username: string; displayName: string }) {
  return (saved: Explanation, previous: Explanation | null): AuditEntryInput[] => [
    {
      actor: actor.username,
      actorName: actor.displayName,
      entityType: 'explanation',
      entityId: saved.indicatorId,
      planId: saved.planId,
      period: saved.period,
      oldValue: previous ? { cause: previous.cause, measures: previous.measures } : null,
      newValue: { cause: saved.cause, measures: saved.measures },
      note: '',
      at: saved.updatedAt,
    },
  ];
}

export function explanationRoutes(store: Store, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/plans/:planId/explanations', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const { indicatorId } = parseQuery(explanationsQuerySchema, c.req.queries());
      if (!(await store.findPlan(planId))) throw new ApiProblem('notFound', { field: 'planId' });
      const body: ExplanationsResponse = {
        explanations: await store.accountability.listExplanations({
          planId,
          ...(indicatorId ? { indicatorId } : {}),
        }),
      };
      return c.json(body);
    })
    .put('/indicators/:indicatorId/explanations/:period', writeBodyLimit, async (c) => {
      const user = requireSignedIn(c);
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const period = periodSchema.safeParse(c.req.param('period'));
      if (!period.success) throw new ApiProblem('invalidParameter', { field: 'period' });
      const { indicator, plan } = await indicatorAndPlan(store, indicatorId);
      if (!mayWriteFor(user, indicator.leadDepartment)) throw new ApiProblem('forbidden');
      const { cause, measures, expectedVersion } = await readJsonBody(c, explanationBodySchema);
      refusePeriodOutsideYear('period', period.data, plan.year, 'invalidParameter');
      const result = await store.accountability.fileExplanation(
        {
          planId: plan.id,
          indicatorId,
          period: period.data,
          cause,
          measures,
          department: indicator.leadDepartment ?? '',
          by: user.username,
          byName: user.displayName,
          at: now().toISOString(),
        },
        expectedVersion,
        auditOf(user),
      );
      if (result.outcome === 'conflict')
        throw new ApiProblem('conflict', { field: 'expectedVersion', current: result.current });
      const body: ExplanationResponse = { explanation: result.explanation };
      return c.json(body, result.previous ? 200 : 201);
    });
}
