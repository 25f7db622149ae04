/** 会议快照 (`/snapshots`): the saved snapshots, the latest meeting first, and a form to take one. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { formatDate, formatPeriod } from '../../domain/format';
import { useLocalized } from '../../i18n/localized';
import { usePlans } from '../../lib/api/get-plans';
import { useMayEditDecks } from '../../lib/useMayEditDecks';
import { useSnapshots } from './api/get-snapshots';
import { CreateSnapshotForm } from './CreateSnapshotForm';
import './snapshots.css';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { usePlanId } from '../../lib/plan/usePlanId';
import { planPath } from '../../lib/plan/planAddress';
import { signInPath } from '../../lib/nextPath';

export default function SnapshotsPage() {
  const { t } = useTranslation('snapshots');
  const { locale } = useLocalized();
  const mayEdit = useMayEditDecks();
  const plans = usePlans();
  const planId = usePlanId();
  const plan = plans.data?.plans.find((candidate) => candidate.id === planId);
  const snapshots = useSnapshots(plan?.id);
  const failed = plans.isError ? plans : snapshots.isError ? snapshots : null;

  return (
    <div className="page snapshots-page">
      <header className="page__header">
        <h1 className="page__title">{t('title')}</h1>
      </header>
      <p className="snapshots-page__intro">{t('intro')}</p>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      ) : null}
      {plan && mayEdit ? <CreateSnapshotForm plan={plan} /> : null}
      {mayEdit ? null : (
        <p className="snapshots-page__intro">
          <Link to={signInPath(planPath(planId, 'snapshots'))}>{t('create.signIn')}</Link>
        </p>
      )}
      <section className="panel" aria-labelledby="snapshot-list-heading">
        <h2 id="snapshot-list-heading" className="panel__title">
          {t('list')}
        </h2>
        {snapshots.data ? (
          snapshots.data.snapshots.length === 0 ? (
            <EmptyState title={t('none')} />
          ) : (
            <ul className="snapshot-list">
              {snapshots.data.snapshots.map((snapshot) => (
                <li key={snapshot.id} className="snapshot-list__item">
                  <Link
                    to={planPath(planId, `snapshots/${encodeURIComponent(snapshot.id)}`)}
                    className="snapshot-list__name"
                  >
                    {snapshot.name}
                  </Link>
                  <p className="snapshot-list__meta">
                    {t('meeting', { date: formatDate(snapshot.meetingDate, locale) })} ·{' '}
                    {t('asOf', { period: formatPeriod(snapshot.asOfPeriod, locale) })} ·{' '}
                    {t('takenBy', {
                      user: snapshot.takenBy,
                      time: formatChinaDateTime(snapshot.takenAt, locale),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )
        ) : failed ? null : (
          <LoadingState blocks={2} />
        )}
      </section>
    </div>
  );
}
