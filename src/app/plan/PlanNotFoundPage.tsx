/** An address naming a plan that is not on record: says so, and leads to the plan list. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planListPath } from '../../lib/plan/planAddress';

export function PlanNotFoundPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <h1>{t('plan.notFoundTitle')}</h1>
      <p>{t('plan.notFoundText', { planId })}</p>
      <p>
        <Link to={planListPath}>{t('plan.toPlanList')}</Link>
      </p>
    </section>
  );
}
