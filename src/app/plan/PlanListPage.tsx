/** 全部计划 (`/plans`): every plan on record, by organisation, archived ones last. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useLocalized } from '../../i18n/localized';
import { usePlans } from '../../lib/api/get-plans';
import { planPath } from '../../lib/plan/planAddress';
import { planGroups, type PlanGroup } from '../../lib/plan/planGroups';

function Group({ group, archived }: { group: PlanGroup; archived: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [first] = group.plans; // the organisation's name is on each of its plans
  return (
    <section className="plan-list__group">
      <h2 className="plan-list__organisation">{first ? pick(first.zone) : group.organisation}</h2>
      <ul className="plan-list__plans">
        {group.plans.map((plan) => (
          <li key={plan.id}>
            <Link to={planPath(plan.id)}>
              {t('plan.year', { year: plan.year })} · {pick(plan.title)}
            </Link>
            {archived ? <span className="plan-list__archived">({t('plan.archived')})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanListPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const groups = plans.data ? planGroups(plans.data.plans) : null;
  return (
    <section className="page page--narrow plan-list">
      <h1>{t('plan.listTitle')}</h1>
      {plans.isPending ? <LoadingState blocks={2} /> : null}
      {plans.isError && !plans.data ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
      ) : null}
      {plans.data?.plans.length === 0 ? (
        <EmptyState title={t('plan.noPlans')} hint={t('empty.noPlanHint')} />
      ) : null}
      {groups?.current.map((group) => (
        <Group key={group.organisation} group={group} archived={false} />
      ))}
      {groups?.archived.map((group) => (
        <Group key={`archived-${group.organisation}`} group={group} archived />
      ))}
    </section>
  );
}
