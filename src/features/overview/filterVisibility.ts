/**
 * Which rows and groups of the indicator table the filters leave visible. Rows that are filtered
 * out stay mounted and are only hidden, so widening a filter again re-renders nothing.
 */
import type { CampaignAction } from '../../domain/model';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import type { IndicatorGroup } from './indicatorGroups';
import {
  actionPassesFilters,
  actionsOfTask,
  indicatorPassesFilters,
  type OverviewFilters,
} from './overviewFilters';

export interface FilterVisibility {
  /** The ids of the indicators that pass the filters. */
  indicatorIds: ReadonlySet<string>;
  /** Work items have no status or lead department: they show only while neither is filtered. */
  workItemsShown: boolean;
  /** The groups that pass the task and action filters. */
  groupKeys: ReadonlySet<string>;
}

export function filterVisibility(
  groups: readonly IndicatorGroup[],
  actions: readonly CampaignAction[],
  filters: OverviewFilters,
  evaluations: Evaluations,
): FilterVisibility {
  const taskActions = actionsOfTask(actions, filters.task);
  const indicatorIds = new Set<string>();
  const groupKeys = new Set<string>();
  for (const group of groups) {
    if (!actionPassesFilters(group.actionId, filters, taskActions)) continue;
    groupKeys.add(group.key);
    for (const indicator of group.indicators) {
      const status = evaluations.get(indicator.id)?.status;
      if (status !== undefined && indicatorPassesFilters(indicator, status, filters, taskActions)) {
        indicatorIds.add(indicator.id);
      }
    }
  }
  return { indicatorIds, groupKeys, workItemsShown: filters.status === null && filters.department === null };
}
