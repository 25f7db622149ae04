/** The plan `/` and old addresses open on this browser (see lib/plan/defaultPlan.ts). */
import { todayInChina, yearOf, periodOfDate } from '../../domain/period';
import type { PlanSummary } from '../../domain/model';
import { usePlans } from '../../lib/api/get-plans';
import { defaultPlan } from '../../lib/plan/defaultPlan';
import { rememberedPlanId } from '../../lib/plan/rememberedPlan';

export function useDefaultPlan() {
  const plans = usePlans();
  const plan: PlanSummary | undefined = plans.data
    ? defaultPlan(plans.data.plans, rememberedPlanId(), yearOf(periodOfDate(todayInChina())))
    : undefined;
  return { plans, plan };
}
