/** The filters of the indicator table: central task, action, lead department and status. */
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect';
import { statuses } from '../../domain/evaluation';
import type { Plan } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { hasActiveFilter, mainTargetsFilterValue, unassignedDepartmentFilterValue } from './overviewFilters';
import { useOverviewSearch } from './useOverviewSearch';

interface IndicatorFiltersProps {
  plan: Plan;
  departments: { named: string[]; anyUnassigned: boolean };
}

export function IndicatorFilters({ plan, departments }: IndicatorFiltersProps) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const { filters, setFilter, clearFilters } = useOverviewSearch();
  const tasks = [...plan.centralTasks].sort((a, b) => a.order - b.order);
  const actions = [...plan.actions].sort((a, b) => a.order - b.order);

  return (
    <div className="filters" role="group" aria-label={t('filters.heading')}>
      <FilterSelect
        allLabel={t('filters.all')}
        name="task"
        label={t('filters.task')}
        value={filters.task}
        onChange={setFilter}
      >
        {tasks.map((task) => (
          <option key={task.id} value={task.id}>
            {pick(task.name)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        allLabel={t('filters.all')}
        name="action"
        label={t('filters.action')}
        value={filters.action}
        onChange={setFilter}
      >
        <option value={mainTargetsFilterValue}>{t('filters.mainTargets')}</option>
        {actions.map((action) => (
          <option key={action.id} value={action.id}>
            {`${action.order}. ${pick(action.name)}`}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        allLabel={t('filters.all')}
        name="department"
        label={t('filters.department')}
        value={filters.department}
        onChange={setFilter}
      >
        {departments.named.map((department) => (
          <option key={department} value={department}>
            {department}
          </option>
        ))}
        {departments.anyUnassigned ? (
          <option value={unassignedDepartmentFilterValue}>{t('filters.unassigned')}</option>
        ) : null}
      </FilterSelect>
      <FilterSelect
        allLabel={t('filters.all')}
        name="status"
        label={t('filters.status')}
        value={filters.status}
        onChange={setFilter}
      >
        {statuses.map((status) => (
          <option key={status} value={status}>
            {status === 'behind' ? t('filters.behindWithMissed') : tc(`status.${status}`)}
          </option>
        ))}
      </FilterSelect>
      {hasActiveFilter(filters) ? (
        <button type="button" className="button filters__clear" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
