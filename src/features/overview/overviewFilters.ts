/**
 * The indicator filters of the overview. They live in the address (`?task=&action=&dept=&status=`)
 * so that any filtered view can be shared as a link.
 */
import type { Status } from '../../domain/evaluation';
import { statuses } from '../../domain/evaluation';
import type { CampaignAction, Indicator } from '../../domain/model';

export const filterParam = {
  task: 'task',
  action: 'action',
  department: 'dept',
  status: 'status',
} as const;
export type FilterName = keyof typeof filterParam;

/** `?action=main`: the plan's main expected targets, which belong to no action. */
export const mainTargetsFilterValue = 'main';
/** `?dept=unassigned`: indicators whose lead department (牵头单位) is still blank. */
export const unassignedDepartmentFilterValue = 'unassigned';

export interface OverviewFilters {
  task: string | null;
  action: string | null;
  department: string | null;
  status: Status | null;
}

function isStatus(value: string | null): value is Status {
  return value !== null && (statuses as readonly string[]).includes(value);
}

/** The filters from the raw address values; an unknown status is ignored. */
export function toFilters(raw: Record<FilterName, string | null>): OverviewFilters {
  return {
    task: raw.task || null,
    action: raw.action || null,
    department: raw.department || null,
    status: isStatus(raw.status) ? raw.status : null,
  };
}

/** Whether a status passes the status filter: 滞后 takes in 未完成, a target missed for good. */
export function statusMatchesFilter(status: Status, filter: Status): boolean {
  return status === filter || (filter === 'behind' && status === 'missed');
}

export function hasActiveFilter(filters: OverviewFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** The actions that serve a central task, or null when no task is chosen. */
export function actionsOfTask(actions: readonly CampaignAction[], taskId: string | null): Set<string> | null {
  if (taskId === null) return null;
  return new Set(
    actions.filter((action) => action.centralTaskIds.includes(taskId)).map((action) => action.id),
  );
}

/** Whether an action's group (its indicators and work items) passes the task and action filters. */
export function actionPassesFilters(
  actionId: string | null,
  filters: OverviewFilters,
  taskActions: Set<string> | null,
): boolean {
  if (filters.action !== null && filters.action !== (actionId ?? mainTargetsFilterValue)) return false;
  if (taskActions !== null && (actionId === null || !taskActions.has(actionId))) return false;
  return true;
}

export function indicatorPassesFilters(
  indicator: Indicator,
  status: Status,
  filters: OverviewFilters,
  taskActions: Set<string> | null,
): boolean {
  if (!actionPassesFilters(indicator.actionId, filters, taskActions)) return false;
  if (filters.status !== null && !statusMatchesFilter(status, filters.status)) return false;
  if (filters.department !== null) {
    const department = indicator.leadDepartment?.trim() || null;
    const wanted = filters.department === unassignedDepartmentFilterValue ? null : filters.department;
    if (department !== wanted) return false;
  }
  return true;
}
