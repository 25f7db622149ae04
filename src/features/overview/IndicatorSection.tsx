/**
 * 全部指标: every indicator, grouped by action after the main targets, narrowed by the filters in
 * the address. A long table fills in a step at a time after its first rows (useRowsDrawn.ts);
 * once drawn, every row stays mounted and a filter change only hides or shows rows, so with a
 * thousand indicators it re-renders the rows whose visibility changed and nothing else.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Period, Plan, WorkItem } from '../../domain/model';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { indicatorSectionId } from './FilterLink';
import { IndicatorFilters } from './IndicatorFilters';
import { groupIndicators, leadDepartments } from './indicatorGroups';
import { filterVisibility } from './filterVisibility';
import { groupIsShown, IndicatorGroupView } from './IndicatorGroupView';
import { rowCount, rowsToDraw } from './rowsToDraw';
import { useOverviewSearch } from './useOverviewSearch';
import { useRowsDrawn } from './useRowsDrawn';

interface IndicatorSectionProps {
  plan: Plan;
  indicators: readonly Indicator[];
  workItems: readonly WorkItem[];
  evaluations: Evaluations;
  asOfParam: Period | undefined;
}

export const IndicatorSection = memo(function IndicatorSection({
  plan,
  indicators,
  workItems,
  evaluations,
  asOfParam,
}: IndicatorSectionProps) {
  const { t } = useTranslation('overview');
  const { filters } = useOverviewSearch();
  const groups = useMemo(
    () => groupIndicators(plan.actions, indicators, workItems),
    [plan.actions, indicators, workItems],
  );
  const departments = useMemo(() => leadDepartments(indicators), [indicators]);

  // The filters apply to the table a moment after the choice, so the controls never wait for it.
  const appliedFilters = useDeferredValue(filters);
  const visibility = useMemo(
    () => filterVisibility(groups, plan.actions, appliedFilters, evaluations),
    [groups, plan.actions, appliedFilters, evaluations],
  );
  const anyGroupShown = groups.some((group) => groupIsShown(group, visibility));
  const drawnCount = useRowsDrawn(rowCount(groups));
  const drawn = useMemo(() => rowsToDraw(groups, visibility, drawnCount), [groups, visibility, drawnCount]);

  return (
    <section id={indicatorSectionId} className="panel" aria-labelledby="indicators-heading" tabIndex={-1}>
      <h2 id="indicators-heading" className="panel__title">
        {t('table.heading')}
      </h2>
      <IndicatorFilters plan={plan} departments={departments} />
      <p className="overview-count" role="status">
        {t('table.indicatorCount', { count: visibility.indicatorIds.size })}
      </p>
      {anyGroupShown ? null : <p className="no-match">{t('table.noMatch')}</p>}
      {/* Busy while rows are still being drawn; the filters and the count above it never are. */}
      <div className="overview-groups" aria-busy={drawn.visibleToCome > 0}>
        {groups.slice(0, drawn.groupsShown).map((group) => (
          <IndicatorGroupView
            key={group.key}
            group={group}
            visibility={visibility}
            drawn={drawn.ids}
            filling={group.key === drawn.fillingGroup}
            evaluations={evaluations}
            asOfParam={asOfParam}
          />
        ))}
        {drawn.visibleToCome > 0 ? (
          <p className="overview-count overview-count--to-come">
            {t('table.rowsToCome', { count: drawn.visibleToCome })}
          </p>
        ) : null}
      </div>
    </section>
  );
});
