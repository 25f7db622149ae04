/**
 * The plan tree as `GET /api/plans/:planId?asOf=` answers it: the plan, its indicators, work items
 * and figures as known at the as-of view (derived indicators' figures computed from the projects),
 * and the benchmark series its relative targets are judged against. Built in one place, so that a meeting snapshot freezes
 * exactly what the plan route answers.
 */
import type { AsOf, PlanTreeResponse } from '../../src/api/contract';
import { valuesWithDerived } from '../projects/derivedValues';
import type { Store } from '../store/port';
import { refuseAsOfOutsideYear } from './asOf';

/** null when the plan is not stored. */
export async function loadPlanTree(
  store: Store,
  planId: string,
  asOf: AsOf,
): Promise<PlanTreeResponse | null> {
  const contents = await store.getPlan(planId);
  if (!contents) return null;
  refuseAsOfOutsideYear(asOf.period, contents.plan.year);
  const [storedValues, hasDemoData, benchmarks] = await Promise.all([
    store.listValues({ planId, ...(asOf.cutoff === null ? {} : { cutoff: asOf.cutoff }) }),
    store.hasDemoData(planId),
    store.planEditing.listBenchmarks(planId),
  ]);
  const values = await valuesWithDerived(
    store,
    contents.plan,
    contents.indicators,
    storedValues,
    asOf.period,
  );
  return {
    plan: contents.plan,
    indicators: contents.indicators,
    workItems: contents.workItems,
    values,
    asOf,
    hasDemoData,
    benchmarks,
  };
}
