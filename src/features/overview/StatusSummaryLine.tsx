/**
 * 16项指标：滞后2项（含未完成1项），需关注3项…: how many indicators stand at each status, each
 * count a link that narrows the indicator table to that status.
 */
import { useTranslation } from 'react-i18next';
import { StatusMark } from '../../components/status/StatusMark';
import type { StatusSummary } from './attention';
import { FilterLink } from './FilterLink';
import { useOverviewSearch } from './useOverviewSearch';

export function StatusSummaryLine({ summary }: { summary: StatusSummary }) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { filters } = useOverviewSearch();
  return (
    <p className="status-summary">
      <span className="status-summary__total">{t('summary.total', { count: summary.total })}</span>
      {summary.counts.map(({ status, count }, index) => (
        // Each count keeps its note and punctuation with it: a line never starts with a comma.
        <span key={status} className="status-summary__item">
          <FilterLink
            filter="status"
            value={status}
            className="status-summary__count"
            title={t('summary.filterBy', { status: tc(`status.${status}`) })}
            current={filters.status === status}
          >
            <StatusMark status={status} />
            {t('summary.count', { status: tc(`status.${status}`), count })}
          </FilterLink>
          {status === 'behind' && summary.missed > 0
            ? t('summary.missedWithin', { count: summary.missed })
            : null}
          {index < summary.counts.length - 1 ? t('summary.separator') : t('summary.end')}
        </span>
      ))}
    </p>
  );
}
