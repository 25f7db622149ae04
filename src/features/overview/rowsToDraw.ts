/**
 * Which rows of the indicator table to draw while it is still filling in (useRowsDrawn.ts): the
 * first `count` rows of the table, and the first `count` of the rows the filters leave visible, so
 * a filtered view shows its rows at once wherever they stand in the table. The table fills in from
 * the top: the groups after the first one still missing rows wait, so no action ever looks as if
 * it had fewer indicators than it has.
 */
import type { FilterVisibility } from './filterVisibility';
import type { IndicatorGroup } from './indicatorGroups';

export interface RowsToDraw {
  /** The ids of the rows to draw, or null when every row is drawn. */
  ids: ReadonlySet<string> | null;
  /** The rows the filters leave visible that are not drawn yet. */
  visibleToCome: number;
  /** How many groups, from the first, are shown; the last of them may still miss rows. */
  groupsShown: number;
  /** The group still missing rows, whose work items wait until its rows are all drawn. */
  fillingGroup: string | null;
}

export function rowCount(groups: readonly IndicatorGroup[]): number {
  return groups.reduce((sum, group) => sum + group.indicators.length, 0);
}

export function rowsToDraw(
  groups: readonly IndicatorGroup[],
  visibility: FilterVisibility,
  count: number,
): RowsToDraw {
  const complete = { ids: null, visibleToCome: 0, groupsShown: groups.length, fillingGroup: null };
  if (count >= rowCount(groups)) return complete;
  const ids = new Set<string>();
  let index = 0;
  let visibleIndex = 0;
  let filling = -1;
  groups.forEach((group, groupIndex) => {
    for (const { id } of group.indicators) {
      const visible = visibility.indicatorIds.has(id);
      if (index < count || (visible && visibleIndex < count)) ids.add(id);
      else if (visible && filling === -1) filling = groupIndex;
      index += 1;
      if (visible) visibleIndex += 1;
    }
  });
  if (filling === -1) return { ...complete, ids };
  return {
    ids,
    visibleToCome: visibleIndex - count,
    groupsShown: filling + 1,
    fillingGroup: groups[filling]?.key ?? null,
  };
}

/** Whether the row of this indicator is drawn. */
export function isDrawn(ids: ReadonlySet<string> | null, indicatorId: string): boolean {
  return ids === null || ids.has(indicatorId);
}
