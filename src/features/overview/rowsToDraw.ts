/**
 * Which rows of the indicator table to draw while it is still filling in (useRowsDrawn.ts): the
 * first `count` rows of the table, and the first `count` of the rows the filters leave visible, so
 * a filtered view shows its rows at once wherever they stand in the table.
 */
import type { FilterVisibility } from './filterVisibility';
import type { IndicatorGroup } from './indicatorGroups';

export interface RowsToDraw {
  /** The ids of the rows to draw, or null when every row is drawn. */
  ids: ReadonlySet<string> | null;
  /** The rows the filters leave visible that are not drawn yet. */
  visibleToCome: number;
}

export function rowCount(groups: readonly IndicatorGroup[]): number {
  return groups.reduce((sum, group) => sum + group.indicators.length, 0);
}

export function rowsToDraw(
  groups: readonly IndicatorGroup[],
  visibility: FilterVisibility,
  count: number,
): RowsToDraw {
  if (count >= rowCount(groups)) return { ids: null, visibleToCome: 0 };
  const ids = new Set<string>();
  let index = 0;
  let visibleIndex = 0;
  for (const group of groups) {
    for (const { id } of group.indicators) {
      const visible = visibility.indicatorIds.has(id);
      if (index < count || (visible && visibleIndex < count)) ids.add(id);
      index += 1;
      if (visible) visibleIndex += 1;
    }
  }
  return { ids, visibleToCome: Math.max(0, visibleIndex - count) };
}

/** Whether the row of this indicator is drawn. */
export function isDrawn(ids: ReadonlySet<string> | null, indicatorId: string): boolean {
  return ids === null || ids.has(indicatorId);
}
