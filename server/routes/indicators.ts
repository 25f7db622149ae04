import { Hono } from 'hono';
import { figuresQuerySchema, type AsOf, type IndicatorResponse } from '../../src/api/contract';
import type { Indicator } from '../../src/domain/model';
import { todayInChina } from '../../src/domain/period';
import type { AppEnv } from '../http/appEnv';
import { cachedBody, sendCachedJson } from '../http/cachedBody';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import type { ReadCache } from '../live/readCache';
import { valuesWithDerived } from '../projects/derivedValues';
import type { PlanContents, Store } from '../store/port';
import { asOfView, refuseAsOfOutsideYear } from './asOf';
import { figureViewOf, requestedFigureView } from './figureViews';

/** An indicator with its figures is computed once per change (and per day: derived figures depend on today). */
export function indicatorRoutes(store: Store, cache: ReadCache) {
  return new Hono<AppEnv>().get('/:indicatorId', async (c) => {
    const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
    const query = parseQuery(figuresQuerySchema, c.req.queries());
    const asOf = asOfView(query.asOf);
    const view = requestedFigureView(c, query.figures);
    const key = `indicator ${indicatorId} ${asOf.period ?? ''} ${view} ${todayInChina()}`;
    const kept = await cache.get(key, async () => {
      const indicator = await store.getIndicator(indicatorId);
      if (!indicator) return null;
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
      const yardsticks = contents
        ? await yardsticksOf(store, contents, indicator, asOf, figureViewOf(contents.plan, view))
        : noYardsticks;
      const body: IndicatorResponse = { indicator, action, values, asOf, hasDemoData, yardsticks };
      return cachedBody(JSON.stringify(body));
    });
    if (!kept) throw new ApiProblem('notFound', { field: 'indicatorId' });
    return sendCachedJson(c, kept);
  });
}

const noYardsticks: IndicatorResponse['yardsticks'] = { benchmarks: [], indicators: [], values: [] };

/** What a relative target is judged against: its benchmark series, or its indicator with that indicator's figures. */
async function yardsticksOf(
  store: Store,
  contents: PlanContents,
  indicator: Indicator,
  asOf: AsOf,
  view: ReturnType<typeof figureViewOf>,
): Promise<IndicatorResponse['yardsticks']> {
  const reference = indicator.reference;
  if (!reference) return noYardsticks;
  if (reference.kind === 'benchmark') {
    const benchmarks = await store.planEditing.listBenchmarks(contents.plan.id);
    return { ...noYardsticks, benchmarks: benchmarks.filter((series) => series.id === reference.seriesId) };
  }
  const other = contents.indicators.find((candidate) => candidate.id === reference.indicatorId);
  if (!other) return noYardsticks;
  const stored = await store.listValues({
    planId: contents.plan.id,
    indicatorId: other.id,
    ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }),
    view,
  });
  const values = await valuesWithDerived(store, contents.plan, [other], stored, asOf.period);
  return { benchmarks: [], indicators: [other], values };
}
