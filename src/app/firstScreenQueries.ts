/**
 * Which API reads the overview's first screen needs, so the server can render it. Other
 * addresses are rendered in the browser only.
 */
import { planTreeResponseSchema, plansResponseSchema } from '../api/contract';
import { planTreeQueryOptions } from '../lib/api/get-plan-tree';
import { plansQueryOptions } from '../lib/api/get-plans';
import { readAsOf } from '../lib/asOfParam';
import type { FirstScreenQuery } from './firstScreenState';

/** An API read: the JSON body of a successful GET, or undefined when it failed in any way. */
export type ApiRead = (apiPath: string) => Promise<unknown>;

/**
 * The reads the overview at `url` needs, or null when the address is not the overview or a read
 * failed (the browser then asks itself and shows its own loading and error states).
 */
export async function firstScreenQueries(url: URL, read: ApiRead): Promise<FirstScreenQuery[] | null> {
  if (url.pathname !== '/') return null;
  // Checked against the contract here, as the browser checks every answer it fetches itself.
  const plans = plansResponseSchema.safeParse(await read('/plans')).data;
  if (!plans) return null;
  const queries: FirstScreenQuery[] = [{ queryKey: plansQueryOptions().queryKey, data: plans }];
  const plan = plans.plans[0];
  if (!plan) return queries;

  const asOf = readAsOf(url.searchParams);
  const planPath = `/plans/${encodeURIComponent(plan.id)}`;
  for (const period of asOf === undefined ? [undefined] : [undefined, asOf]) {
    const tree = planTreeResponseSchema.safeParse(
      await read(period === undefined ? planPath : `${planPath}?asOf=${period}`),
    ).data;
    if (!tree) return null;
    queries.push({ queryKey: planTreeQueryOptions(plan.id, period).queryKey, data: tree });
  }
  return queries;
}
