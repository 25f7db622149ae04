import { Hono } from 'hono';
import { asOfQuerySchema, type PlanTreeResponse, type PlansResponse } from '../../src/api/contract';
import { cachedBody, sendCachedJson } from '../http/cachedBody';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { ReadCache } from '../live/readCache';
import type { Store } from '../store/port';
import { todayInChina } from '../../src/domain/period';
import { asOfView } from './asOf';
import { loadPlanTree } from './planTree';

/** The plan tree is computed once per change (and per day: derived figures depend on today). */
export function planRoutes(store: Store, cache: ReadCache) {
  return new Hono()
    .get('/', async (c) => {
      parseQuery(noQuerySchema, c.req.queries());
      const body: PlansResponse = { plans: await store.listPlans() };
      return c.json(body);
    })
    .get('/:planId', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const asOf = asOfView(parseQuery(asOfQuerySchema, c.req.queries()).asOf);
      const body = await cache.get(`planTree ${planId} ${asOf.period ?? ''} ${todayInChina()}`, async () => {
        const tree: PlanTreeResponse | null = await loadPlanTree(store, planId, asOf);
        return tree && cachedBody(JSON.stringify(tree));
      });
      if (!body) throw new ApiProblem('notFound', { field: 'planId' });
      return sendCachedJson(c, body);
    });
}
