/** An indicator id the API does not know: say so and lead back to the plan's overview. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePlanPath } from '../../lib/plan/usePlanId';

export function IndicatorNotFound() {
  const { t } = useTranslation('indicator');
  const { search } = useLocation();
  const planScreen = usePlanPath();
  return (
    <section className="page page--narrow indicator-page">
      <h1 className="page__title">{t('page.notFound')}</h1>
      <p>{t('page.notFoundHint')}</p>
      <p>
        <Link to={{ pathname: planScreen(), search }}>{t('page.backToOverview')}</Link>
      </p>
    </section>
  );
}
