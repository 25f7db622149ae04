/**
 * 总览 (`/plans/:planId/`): the plan the address names, with its figures as of the period in the address. Loading, failure
 * and an empty database each have their own state.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { usePlans } from '../../lib/api/get-plans';
import { PlanOverview } from './PlanOverview';
import { usePlanId } from '../../lib/plan/usePlanId';

export function OverviewPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const planId = usePlanId();
  const plan = plans.data?.plans.find((candidate) => candidate.id === planId);
  if (plan) return <PlanOverview planId={plan.id} />;
  return (
    <div className="page">
      <h1 className="page__title">{t('app.overview')}</h1>
      {plans.isPending ? <LoadingState blocks={4} /> : null}
      {plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
      ) : null}
      {plans.isSuccess ? <EmptyState title={t('empty.noPlan')} hint={t('empty.noPlanHint')} /> : null}
    </div>
  );
}
