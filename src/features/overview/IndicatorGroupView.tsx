/**
 * One group of the indicator table: a heading, the table of its indicators and its work items.
 * Hidden, not removed, while the filters leave nothing of it to show. While a long table fills
 * in, only its rows drawn so far are in it (rowsToDraw.ts).
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import type { FilterVisibility } from './filterVisibility';
import type { IndicatorGroup } from './indicatorGroups';
import { IndicatorRow } from './IndicatorRow';
import { isDrawn } from './rowsToDraw';
import { tableColumns } from './tableColumns';
import { WorkItemList } from './WorkItemList';

interface IndicatorGroupViewProps {
  group: IndicatorGroup;
  visibility: FilterVisibility;
  /** The rows drawn so far, or null when all are. */
  drawn: ReadonlySet<string> | null;
  /** Still missing rows: its work items, which follow them, wait. */
  filling: boolean;
  evaluations: Evaluations;
  asOfParam: Period | undefined;
}

function visibleRowCount(group: IndicatorGroup, visibility: FilterVisibility): number {
  return group.indicators.filter((indicator) => visibility.indicatorIds.has(indicator.id)).length;
}

function workItemsShown(group: IndicatorGroup, visibility: FilterVisibility): boolean {
  return visibility.workItemsShown && visibility.groupKeys.has(group.key) && group.workItems.length > 0;
}

export function groupIsShown(group: IndicatorGroup, visibility: FilterVisibility): boolean {
  return visibleRowCount(group, visibility) > 0 || workItemsShown(group, visibility);
}

export const IndicatorGroupView = memo(function IndicatorGroupView({
  group,
  visibility,
  drawn,
  filling,
  evaluations,
  asOfParam,
}: IndicatorGroupViewProps) {
  const { t } = useTranslation('overview');
  const { locale, pick } = useLocalized();
  const headingId = useId();
  const title = group.name ? `${group.order}. ${pick(group.name)}` : t('table.mainTargets');
  const rowsShown = group.indicators.some(({ id }) => visibility.indicatorIds.has(id) && isDrawn(drawn, id));

  return (
    <div className="overview-group" hidden={!groupIsShown(group, visibility)}>
      <h3 id={headingId} className="overview-group__title">
        {title}
      </h3>
      {group.indicators.length > 0 ? (
        <div className="table-scroll" hidden={!rowsShown}>
          <table className="overview-table stacked-table" aria-labelledby={headingId}>
            <colgroup>
              {tableColumns.map((column) => (
                <col key={column} className={`overview-table__col--${column}`} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {tableColumns.map((column) => (
                  <th key={column} scope="col" className={`overview-table__${column}`}>
                    {t(`table.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.indicators.map((indicator) => {
                const evaluation = evaluations.get(indicator.id);
                return evaluation && isDrawn(drawn, indicator.id) ? (
                  <IndicatorRow
                    key={indicator.id}
                    indicator={indicator}
                    evaluation={evaluation}
                    locale={locale}
                    asOfParam={asOfParam}
                    hidden={!visibility.indicatorIds.has(indicator.id)}
                  />
                ) : null;
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {workItemsShown(group, visibility) && !filling ? <WorkItemList workItems={group.workItems} /> : null}
    </div>
  );
});
