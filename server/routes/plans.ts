import { Hono } from 'hono';
import { asOfQuerySchema, type PlanTreeResponse, type PlansResponse } from '../../src/api/contract';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';
import { asOfView } from './asOf';

export function planRoutes(store: Store) {
  return new Hono()
    .get('/', async (c) => {
      parseQuery(noQuerySchema, c.req.queries());
      const body: PlansResponse = { plans: await store.listPlans() };
      return c.json(body);
    })
    .get('/:planId', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const asOf = asOfView(parseQuery(asOfQuerySchema, c.req.queries()).asOf);
      const contents = await store.getPlan(planId);
      if (!contents) throw new ApiProblem('notFound', { field: 'planId' });
      const [values, hasDemoData] = await Promise.all([
        store.listValues({ planId, ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }) }),
        store.hasDemoData(planId),
      ]);
      const body: PlanTreeResponse = {
        plan: contents.plan,
        indicators: contents.indicators,
        workItems: contents.workItems,
        values,
        asOf,
        hasDemoData,
      };
      return c.json(body);
    });
}
