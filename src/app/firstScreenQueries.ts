/**
 * Which API reads the first screen of a plan (its overview, `/plans/:planId/`) needs, so the
 * server can render it, and where `/` leads. Other addresses are rendered in the browser only.
 */
import { planTreeResponseSchema, plansResponseSchema } from '../api/contract';
import { explanationsResponseSchema } from '../api/explanationsContract';
import { periodOfDate, todayInChina, yearOf } from '../domain/period';
import { explanationsQueryOptions } from '../lib/api/get-explanations';
import { planTreeQueryOptions } from '../lib/api/get-plan-tree';
import { plansQueryOptions } from '../lib/api/get-plans';
import { readAsOf } from '../lib/asOfParam';
import { defaultPlan } from '../lib/plan/defaultPlan';
import { planAddressOf, planPath } from '../lib/plan/planAddress';
import type { FirstScreenQuery } from './firstScreenState';

/** An API read: the JSON body of a successful GET, or undefined when it failed in any way. */
export type ApiRead = (apiPath: string) => Promise<unknown>;

/**
 * Where `/` sends a visitor: the overview of the plan last chosen on their browser (`rememberedPlanId`,
 * from its cookie), else of the current year's plan, else of the latest; the query string stays.
 * Null for any other address, when there is no plan, or when the read failed (the browser then
 * finds its way itself).
 */
export async function firstScreenRedirect(
  url: URL,
  read: ApiRead,
  rememberedPlanId: string | null,
): Promise<string | null> {
  if (url.pathname !== '/') return null;
  const plans = plansResponseSchema.safeParse(await read('/plans')).data;
  if (!plans) return null;
  const plan = defaultPlan(plans.plans, rememberedPlanId, yearOf(periodOfDate(todayInChina())));
  return plan ? planPath(plan.id) + url.search : null;
}

/**
 * The reads the overview at `url` needs, or null when the address is not a plan's overview or a
 * read failed (the browser then asks itself and shows its own loading and error states). An
 * unknown plan needs only the plan list, to say it is not there.
 */
export async function firstScreenQueries(url: URL, read: ApiRead): Promise<FirstScreenQuery[] | null> {
  const address = planAddressOf(url.pathname);
  if (!address || address.screen !== '') return null;
  // Checked against the contract here, as the browser checks every answer it fetches itself.
  const plans = plansResponseSchema.safeParse(await read('/plans')).data;
  if (!plans) return null;
  const queries: FirstScreenQuery[] = [{ queryKey: plansQueryOptions().queryKey, data: plans }];
  const plan = plans.plans.find((candidate) => candidate.id === address.planId);
  if (!plan) return queries;

  const asOf = readAsOf(url.searchParams);
  const treePath = `/plans/${encodeURIComponent(plan.id)}`;
  for (const period of asOf === undefined ? [undefined] : [undefined, asOf]) {
    const tree = planTreeResponseSchema.safeParse(
      await read(period === undefined ? treePath : `${treePath}?asOf=${period}`),
    ).data;
    if (!tree) return null;
    queries.push({ queryKey: planTreeQueryOptions(plan.id, period).queryKey, data: tree });
  }
  // The reasons filed for lagging targets: the cards and the table say 待说明 or 已说明.
  const explanations = explanationsResponseSchema.safeParse(await read(`${treePath}/explanations`)).data;
  if (explanations)
    queries.push({ queryKey: explanationsQueryOptions(plan.id).queryKey, data: explanations });
  return queries;
}
