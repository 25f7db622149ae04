import { Hono } from 'hono';
import { asOfQuerySchema, type AsOf, type IndicatorResponse } from '../../src/api/contract';
import type { Indicator } from '../../src/domain/model';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import { valuesWithDerived } from '../projects/derivedValues';
import type { PlanContents, Store } from '../store/port';
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
    const yardsticks = contents ? await yardsticksOf(store, contents, indicator, asOf) : noYardsticks;
    const body: IndicatorResponse = { indicator, action, values, asOf, hasDemoData, yardsticks };
    return c.json(body);
  });
}

const noYardsticks: IndicatorResponse['yardsticks'] = { benchmarks: [], indicators: [], values: [] };

/** What a relative target is judged against: its benchmark series, or its indicator with that indicator's figures. */
async function yardsticksOf(
  store: Store,
  contents: PlanContents,
  indicator: Indicator,
  asOf: AsOf,
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
  });
  const values = await valuesWithDerived(store, contents.plan, [other], stored, asOf.period);
  return { benchmarks: [], indicators: [other], values };
}
