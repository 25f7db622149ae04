/**
 * One meeting snapshot (`/snapshots/:snapshotId`), read-only: the figures and statuses as they
 * stood when it was taken. `?view=compare` (与当前对比) sets it against the plan now.
 */
import { ArrowLeft, GitCompareArrows } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { formatDate, formatPeriod } from '../../domain/format';
import { useLocalized } from '../../i18n/localized';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { useSnapshot } from './api/get-snapshot';
import { SnapshotComparisonView } from './SnapshotComparisonView';
import { SnapshotTable } from './SnapshotTable';
import './snapshots.css';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { usePlanPath } from '../../lib/plan/usePlanId';

export default function SnapshotPage() {
  const { t } = useTranslation('snapshots');
  const { t: tc } = useTranslation();
  const planScreen = usePlanPath();
  const { locale } = useLocalized();
  const { snapshotId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const comparing = params.get('view') === 'compare';
  const snapshot = useSnapshot(snapshotId);
  const now = usePlanTree(comparing ? snapshot.data?.planId : undefined, undefined);

  if (snapshot.isError) {
    const missing =
      snapshot.error instanceof ApiError && ['notFound', 'invalidParameter'].includes(snapshot.error.code);
    return (
      <div className="page">
        {missing ? (
          <EmptyState title={t('view.notFound')} />
        ) : (
          <ErrorState
            error={snapshot.error}
            onRetry={() => void snapshot.refetch()}
            retrying={snapshot.isFetching}
          />
        )}
        <Link to={planScreen('snapshots')}>{t('view.backToList')}</Link>
      </div>
    );
  }
  if (!snapshot.data) {
    return (
      <div className="page">
        <LoadingState blocks={4} />
      </div>
    );
  }
  const data = snapshot.data;
  return (
    <div className="page snapshot-page">
      <title>{`${tc('nav.snapshots')} · ${data.name}`}</title>
      <Link to={planScreen('snapshots')} className="snapshot-page__back">
        <ArrowLeft className="button__icon" aria-hidden="true" focusable="false" />
        {t('view.backToList')}
      </Link>
      <header className="page__header snapshot-page__header">
        <div>
          <h1 className="page__title">{data.name}</h1>
          <p className="snapshot-page__meta">
            {t('meeting', { date: formatDate(data.meetingDate, locale) })} ·{' '}
            {t('asOf', { period: formatPeriod(data.asOfPeriod, locale) })} ·{' '}
            {t('takenBy', { user: data.takenBy, time: formatChinaDateTime(data.takenAt, locale) })}
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          aria-pressed={comparing}
          onClick={() => setParams(comparing ? {} : { view: 'compare' })}
        >
          <GitCompareArrows className="button__icon" aria-hidden="true" focusable="false" />
          {comparing ? t('view.showSnapshot') : t('view.compare')}
        </button>
      </header>
      <p className="snapshot-page__read-only">{t('view.readOnly')}</p>
      {comparing ? (
        <SnapshotComparisonView
          snapshotId={data.id}
          indicators={now.data?.indicators ?? data.tree.indicators}
        />
      ) : (
        <SnapshotTable snapshot={data} />
      )}
    </div>
  );
}
