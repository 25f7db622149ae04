/**
 * The plans as a switcher or list shows them: grouped by organisation, the newest year first
 * within each, archived plans after every current one.
 */
import type { PlanSummary } from '../../domain/model';

export interface PlanGroup {
  /** The organisation's name (zh), which identifies it. */
  organisation: string;
  plans: PlanSummary[];
}

function byRecency(a: PlanSummary, b: PlanSummary): number {
  return b.year - a.year || a.title.zh.localeCompare(b.title.zh, 'zh-CN');
}

function grouped(plans: readonly PlanSummary[]): PlanGroup[] {
  const groups = new Map<string, PlanSummary[]>();
  for (const plan of [...plans].sort(byRecency)) {
    const group = groups.get(plan.zone.zh) ?? [];
    group.push(plan);
    groups.set(plan.zone.zh, group);
  }
  return [...groups].map(([organisation, members]) => ({ organisation, plans: members }));
}

/** Current plans by organisation, then (when any) one group of archived plans, also by organisation. */
export function planGroups(plans: readonly PlanSummary[]): { current: PlanGroup[]; archived: PlanGroup[] } {
  return {
    current: grouped(plans.filter((plan) => !plan.archived)),
    archived: grouped(plans.filter((plan) => plan.archived)),
  };
}
