import { Hono } from 'hono';
import { asOfQuerySchema, type IndicatorResponse } from '../../src/api/contract';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import { valuesWithDerived } from '../projects/derivedValues';
import type { Store } from '../store/port';
import { asOfView, refuseAsOfOutsideYear } from './asOf';

export function indicatorRoutes(store: Store) {
  return new Hono().get('/:indicatorId', async (c) => {
    const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
    const asOf = asOfView(parseQuery(asOfQuerySchema, c.req.queries()).asOf);
    const indicator = await store.getIndicator(indicatorId);
    if (!indicator) throw new ApiProblem('notFound', { field: 'indicatorId' });
    const { planId } = indicator;
    const [contents, storedValues, hasDemoData] = await Promise.all([
      store.getPlan(planId),
      store.listValues({ planId, indicatorId, ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }) }),
      store.hasDemoData(planId),
    ]);
    if (contents) refuseAsOfOutsideYear(asOf.period, contents.plan.year);
    const values = contents
      ? await valuesWithDerived(store, contents.plan, [indicator], storedValues, asOf.period)
      : storedValues;
    const action = contents?.plan.actions.find((candidate) => candidate.id === indicator.actionId) ?? null;
    const body: IndicatorResponse = { indicator, action, values, asOf, hasDemoData };
    return c.json(body);
  });
}
