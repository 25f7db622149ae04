/**
 * The gate of every screen under `/plans/:planId/`: the plan must be on record. While the list of
 * plans loads it shows loading; an unknown id shows the plan's not-found page; a known one is
 * remembered as this browser's choice and its screen is shown.
 */
import { useEffect, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { usePlans } from '../../lib/api/get-plans';
import { rememberPlan } from '../../lib/plan/rememberedPlan';
import { usePlanId } from '../../lib/plan/usePlanId';
import { PlanNotFoundPage } from './PlanNotFoundPage';

export function PlanScope({ children }: { children?: ReactNode }) {
  const planId = usePlanId();
  const plans = usePlans();
  const known = plans.data?.plans.some((plan) => plan.id === planId) ?? false;

  useEffect(() => {
    if (known) rememberPlan(planId);
  }, [known, planId]);

  if (plans.data === undefined) {
    if (plans.isError) {
      return (
        <div className="page">
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
        </div>
      );
    }
    return <LoadingState blocks={4} />;
  }
  if (!known) return <PlanNotFoundPage planId={planId} />;
  return <>{children ?? <Outlet />}</>;
}
