/**
 * Which API reads the first screen of a plan needs, so the server can render it, and where `/`
 * leads. The screens rendered on the server: the overview (`/plans/:planId/`), an indicator
 * (`indicators/:indicatorId`), the projects list (`projects`), the presentation
 * (`present/:slideId?`) and the monthly brief (`brief`). Other addresses, and views that show
 * figures still waiting for review (`?pending=1`), are rendered in the browser only.
 */
import { plansResponseSchema } from '../api/contract';
import { periodOfDate, todayInChina, yearOf } from '../domain/period';
import { defaultPlan } from '../lib/plan/defaultPlan';
import { planAddressOf, planPath } from '../lib/plan/planAddress';
import { plansQueryOptions } from '../lib/api/get-plans';
import { pendingParam } from '../lib/figureViewParam';
import type { FirstScreenQuery } from './firstScreenState';
import { screenReadsOf, type ApiRead, type ScreenReads } from './firstScreenReads';

export type { ApiRead } from './firstScreenReads';

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

/** Whether the server renders the screen at this address (before reading anything). */
export function isFirstScreen(url: URL): boolean {
  const address = planAddressOf(url.pathname);
  return (
    address !== null && url.searchParams.get(pendingParam) !== '1' && screenReadsOf(address.screen) !== null
  );
}

/**
 * The reads the screen at `url` needs, or null when the address is not one the server renders or
 * a read failed (the browser then asks itself and shows its own loading and error states). An
 * unknown plan needs only the plan list, to say it is not there.
 */
export async function firstScreenQueries(url: URL, read: ApiRead): Promise<FirstScreenQuery[] | null> {
  const address = planAddressOf(url.pathname);
  const screenReads: ScreenReads | null =
    address && isFirstScreen(url) ? screenReadsOf(address.screen) : null;
  if (!address || !screenReads) return null;
  // Checked against the contract here, as the browser checks every answer it fetches itself.
  const plans = plansResponseSchema.safeParse(await read('/plans')).data;
  if (!plans) return null;
  const queries: FirstScreenQuery[] = [
    { queryKey: plansQueryOptions().queryKey, data: plans, apiPath: '/plans' },
  ];
  if (!plans.plans.some((candidate) => candidate.id === address.planId)) return queries;
  const screenQueries = await screenReads(address.planId, url.searchParams, read);
  return screenQueries && [...queries, ...screenQueries];
}
