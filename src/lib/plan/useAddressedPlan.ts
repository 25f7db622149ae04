/** The summary of the plan the address names, from the plan list; undefined while loading or when unknown. */
import type { PlanSummary } from '../../domain/model';
import { usePlans } from '../api/get-plans';
import { useAddressedPlanId } from './usePlanId';

export function useAddressedPlan(): PlanSummary | undefined {
  const planId = useAddressedPlanId();
  return usePlans().data?.plans.find((plan) => plan.id === planId);
}
