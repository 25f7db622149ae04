import { Hono } from 'hono';
import { figuresQuerySchema, type IndicatorResponse } from '../../src/api/contract';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import { valuesWithDerived } from '../projects/derivedValues';
import type { Store } from '../store/port';
import { asOfView, refuseAsOfOutsideYear } from './asOf';
import { figureViewOf, requestedFigureView } from './figureViews';

export function indicatorRoutes(store: Store) {
  return new Hono<AppEnv>().get('/:indicatorId', async (c) => {
    const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
    const query = parseQuery(figuresQuerySchema, c.req.queries());
    const asOf = asOfView(query.asOf);
    const view = requestedFigureView(c, query.figures);
    const indicator = await store.getIndicator(indicatorId);
    if (!indicator) throw new ApiProblem('notFound', { field: 'indicatorId' });
    const { planId } = indicator;
    const [contents, hasDemoData] = await Promise.all([store.getPlan(planId), store.hasDemoData(planId)]);
    const storedValues = await store.listValues({
      planId,
      indicatorId,
      ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }),
      view: contents ? figureViewOf(contents.plan, view) : 'current',
    });
    if (contents) refuseAsOfOutsideYear(asOf.period, contents.plan.year);
    const values = contents
      ? await valuesWithDerived(store, contents.plan, [indicator], storedValues, asOf.period)
      : storedValues;
    const action = contents?.plan.actions.find((candidate) => candidate.id === indicator.actionId) ?? null;
    const body: IndicatorResponse = { indicator, action, values, asOf, hasDemoData };
    return c.json(body);
  });
}
