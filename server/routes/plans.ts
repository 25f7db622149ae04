import { Hono } from 'hono';
import { asOfQuerySchema, type PlanTreeResponse, type PlansResponse } from '../../src/api/contract';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';
import { asOfView } from './asOf';
import { loadPlanTree } from './planTree';

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
      const body: PlanTreeResponse | null = await loadPlanTree(store, planId, asOf);
      if (!body) throw new ApiProblem('notFound', { field: 'planId' });
      return c.json(body);
    });
}
