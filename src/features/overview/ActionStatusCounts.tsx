/** 2 符合 · 1 滞后: how an action's indicators stand, each count with its light, icon and word. */
import { useTranslation } from 'react-i18next';
import { StatusMark } from '../../components/status/StatusMark';
import type { Status } from '../../domain/evaluation';
import { countStatuses } from '../../lib/plan/statusCounts';

interface ActionStatusCountsProps {
  statuses: readonly Status[];
  workItemCount: number;
}

export function ActionStatusCounts({ statuses, workItemCount }: ActionStatusCountsProps) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const counts = countStatuses(statuses);
  return (
    <div className="status-counts">
      {counts.length > 0 ? (
        <ul className="status-counts__list" aria-label={t('frame.statusCounts')}>
          {counts.map(({ status, count }) => (
            <li key={status} className="status-counts__item" title={tc(`status.${status}`)}>
              <StatusMark status={status} />
              <span className="status-counts__number">{count}</span> {tc(`statusShort.${status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="status-counts__none">{t('frame.noIndicators')}</p>
      )}
      {workItemCount > 0 ? (
        <p className="status-counts__work">{t('frame.workItemCount', { count: workItemCount })}</p>
      ) : null}
    </div>
  );
}
