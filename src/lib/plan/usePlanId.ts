/** The plan the address names (`/plans/:planId/…`): the one way a screen knows which plan it shows. */
import { useCallback } from 'react';
import { useLocation } from 'react-router';
import { planAddressOf, planPath } from './planAddress';

/** The plan id in the address, or undefined outside a plan's screens (sign-in, the user list). */
export function useAddressedPlanId(): string | undefined {
  return planAddressOf(useLocation().pathname)?.planId;
}

/** The plan of the screen; only for screens under `/plans/:planId/`, which the router guarantees. */
export function usePlanId(): string {
  const planId = useAddressedPlanId();
  if (planId === undefined) throw new Error('usePlanId is for screens under /plans/:planId/');
  return planId;
}

/** Builds addresses within the plan of the screen: `planScreen('projects')`. */
export function usePlanPath(): (screen?: string) => string {
  const planId = usePlanId();
  return useCallback((screen = '') => planPath(planId, screen), [planId]);
}
