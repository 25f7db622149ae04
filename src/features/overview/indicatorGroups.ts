/**
 * The indicator table's groups: the main expected targets first, then each campaign action in
 * the plan's order with its indicators and its work items (方向性工作).
 */
import type { Bilingual, CampaignAction, Indicator, WorkItem } from '../../domain/model';
import { mainTargetsFilterValue } from './overviewFilters';

export interface IndicatorGroup {
  /** The action id, or `main` for the main expected targets. */
  key: string;
  actionId: string | null;
  order: number | null;
  /** The action's name; null for the main targets, whose title is a fixed text. */
  name: Bilingual | null;
  indicators: Indicator[];
  workItems: WorkItem[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export function groupIndicators(
  actions: readonly CampaignAction[],
  indicators: readonly Indicator[],
  workItems: readonly WorkItem[],
): IndicatorGroup[] {
  const main: IndicatorGroup = {
    key: mainTargetsFilterValue,
    actionId: null,
    order: null,
    name: null,
    indicators: [],
    workItems: [],
  };
  const groups = new Map<string, IndicatorGroup>(
    [...actions].sort(byOrder).map((action) => [
      action.id,
      {
        key: action.id,
        actionId: action.id,
        order: action.order,
        name: action.name,
        indicators: [],
        workItems: [],
      },
    ]),
  );
  for (const indicator of [...indicators].sort(byOrder)) {
    const group = indicator.actionId === null ? main : groups.get(indicator.actionId);
    group?.indicators.push(indicator);
  }
  for (const item of [...workItems].sort(byOrder)) groups.get(item.actionId)?.workItems.push(item);
  return [main, ...groups.values()];
}

/** The lead departments named anywhere in the plan, in Chinese collation order. */
export function leadDepartments(indicators: readonly Indicator[]): {
  named: string[];
  anyUnassigned: boolean;
} {
  const named = new Set<string>();
  let anyUnassigned = false;
  for (const { leadDepartment } of indicators) {
    const department = leadDepartment?.trim();
    if (department) named.add(department);
    else anyUnassigned = true;
  }
  return { named: [...named].sort((a, b) => a.localeCompare(b, 'zh-CN')), anyUnassigned };
}
