import { Hono } from 'hono';
import { figuresQuerySchema, type PlanTreeResponse, type PlansResponse } from '../../src/api/contract';
import { cachedBody, sendCachedJson } from '../http/cachedBody';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { ReadCache } from '../live/readCache';
import type { Store } from '../store/port';
import { todayInChina } from '../../src/domain/period';
import { asOfView } from './asOf';
import { requestedFigureView } from './figureViews';
import { loadPlanTree } from './planTree';

/** The plan tree is computed once per change (and per day: derived figures depend on today). */
export function planRoutes(store: Store, cache: ReadCache) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      parseQuery(noQuerySchema, c.req.queries());
      const body: PlansResponse = { plans: await store.listPlans() };
      return c.json(body);
    })
    .get('/:planId', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const query = parseQuery(figuresQuerySchema, c.req.queries());
      const asOf = asOfView(query.asOf);
      const view = requestedFigureView(c, query.figures);
      const key = `planTree ${planId} ${asOf.period ?? ''} ${view} ${todayInChina()}`;
      const body = await cache.get(key, async () => {
        const tree: PlanTreeResponse | null = await loadPlanTree(store, planId, asOf, view);
        return tree && cachedBody(JSON.stringify(tree));
      });
      if (!body) throw new ApiProblem('notFound', { field: 'planId' });
      return sendCachedJson(c, body);
    });
}
