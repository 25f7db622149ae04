/**
 * The change history of one indicator, on its page: every figure saved or corrected and every
 * definition edit, newest first. Signed-in users see it; others are told to sign in.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import type { Indicator } from '../../domain/model';
import { useSession } from '../../lib/api/get-session';
import { useIndicatorAudit } from '../../lib/api/get-indicator-audit';
import { AuditTable } from './AuditTable';
import './audit.css';
import { planPath } from '../../lib/plan/planAddress';

export function IndicatorAudit({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('audit');
  const user = useSession().data?.user ?? null;
  const audit = useIndicatorAudit(indicator.id, user !== null);

  return (
    <section className="panel indicator-audit" aria-labelledby="indicator-audit-heading">
      <h2 id="indicator-audit-heading" className="panel__title">
        {t('indicatorSection.heading')}
      </h2>
      {!user ? (
        <p className="indicator-audit__hint">{t('indicatorSection.signIn')}</p>
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} retrying={audit.isFetching} />
      ) : !audit.data ? (
        <LoadingState blocks={2} />
      ) : audit.data.entries.length === 0 ? (
        <p className="indicator-audit__hint">{t('indicatorSection.empty')}</p>
      ) : (
        <AuditTable
          entries={audit.data.entries}
          caption={t('indicatorSection.heading')}
          indicators={new Map([[indicator.id, indicator]])}
          showObject={false}
        />
      )}
      {user?.role === 'admin' ? (
        <p>
          <Link to={`${planPath(indicator.planId, 'audit')}?indicatorId=${encodeURIComponent(indicator.id)}`}>
            {t('indicatorSection.all')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
