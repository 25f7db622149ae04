import { Hono } from 'hono';
import { asOfQuerySchema, type AsOf, type IndicatorResponse } from '../../src/api/contract';
import { todayInChina } from '../../src/domain/period';
import { cachedBody, sendCachedJson, type CachedBody } from '../http/cachedBody';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import { valuesWithDerived } from '../projects/derivedValues';
import type { ReadCache } from '../live/readCache';
import type { Store } from '../store/port';
import { asOfView } from './asOf';

/** An indicator with its figures, computed once per change (and per day, as derived figures depend on today). */
export function indicatorRoutes(store: Store, cache: ReadCache) {
  return new Hono().get('/:indicatorId', async (c) => {
    const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
    const asOf = asOfView(parseQuery(asOfQuerySchema, c.req.queries()).asOf);
    const key = `indicator ${indicatorId} ${asOf.period ?? ''} ${todayInChina()}`;
    const body = await cache.get(key, () => loadIndicator(store, indicatorId, asOf));
    if (!body) throw new ApiProblem('notFound', { field: 'indicatorId' });
    return sendCachedJson(c, body);
  });
}

async function loadIndicator(store: Store, indicatorId: string, asOf: AsOf): Promise<CachedBody | null> {
  const indicator = await store.getIndicator(indicatorId);
  if (!indicator) return null;
  const { planId } = indicator;
  const [contents, storedValues, hasDemoData] = await Promise.all([
    store.getPlan(planId),
    store.listValues({ planId, indicatorId, ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }) }),
    store.hasDemoData(planId),
  ]);
  const values = contents
    ? await valuesWithDerived(store, contents.plan, [indicator], storedValues, asOf.period)
    : storedValues;
  const action = contents?.plan.actions.find((candidate) => candidate.id === indicator.actionId) ?? null;
  const body: IndicatorResponse = { indicator, action, values, asOf, hasDemoData };
  return cachedBody(JSON.stringify(body));
}
