/**
 * The project list as a table, sortable by clicking a column header (the sorted one says so with
 * aria-sort). It draws one page of rows at a time and more on request, so a list of thousands
 * stays quick; rows are memoised and drawn again only when their project changes.
 */
import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { memo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, missingFigure } from '../../domain/format';
import { projectLevelLabels } from '../../domain/projects/model';
import type { ProjectRow, ProjectSortKey, SortOrder } from '../../domain/projects/portfolio';
import type { ProjectsBehindResponse } from '../../api/projectsContract';
import { fixedT } from '../../i18n/fixedT';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { DemoMarker } from './DemoMarker';
import { formatAmount } from './formatAmount';
import { projectKindText } from './projectKindText';
import { projectPath } from './projectPaths';
import { ProjectStatusTag } from './ProjectStatusTag';

/** Rows drawn at first and added by each "show more". */
export const rowsPerPage = 50;

export type BehindEntry = Pick<ProjectsBehindResponse['projects'][number], 'reason' | 'shortfall'>;

interface Column {
  id: string;
  label: (t: TFunction<'projects'>) => string;
  sortKey?: ProjectSortKey;
  numeric?: boolean;
}

const columns: Column[] = [
  { id: 'name', label: (t) => t('table.name'), sortKey: 'name' },
  { id: 'level', label: (t) => t('table.level'), sortKey: 'level' },
  { id: 'kind', label: (t) => t('table.kind') },
  { id: 'department', label: (t) => t('table.department'), sortKey: 'leadDepartment' },
  { id: 'status', label: (t) => t('table.status'), sortKey: 'status' },
  { id: 'startedOn', label: (t) => t('table.startedOn'), sortKey: 'startedOn' },
  { id: 'planned', label: (t) => t('table.planned'), sortKey: 'plannedAnnualInvestment', numeric: true },
  { id: 'invested', label: (t) => t('table.invested'), sortKey: 'investedToDate', numeric: true },
];

interface ProjectTableProps {
  rows: readonly ProjectRow[];
  behind: ReadonlyMap<string, BehindEntry>;
  sort: ProjectSortKey | undefined;
  order: SortOrder;
  onSort: (key: ProjectSortKey) => void;
  locale: Locale;
}

export function ProjectTable({ rows, behind, sort, order, onSort, locale }: ProjectTableProps) {
  const t = fixedT(locale, 'projects');
  const [shownCount, setShownCount] = useState(rowsPerPage);
  const shown = rows.slice(0, shownCount);
  const remaining = rows.length - shown.length;

  return (
    <>
      <p className="project-count" role="status">
        {t('list.count', { total: rows.length, shown: shown.length })}
      </p>
      <div className="table-scroll">
        <table className="project-table stacked-table">
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <HeaderCell
                  key={column.id}
                  column={column}
                  label={column.label(t)}
                  sortedOrder={column.sortKey !== undefined && column.sortKey === sort ? order : null}
                  onSort={onSort}
                  locale={locale}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <ProjectTableRow key={row.id} row={row} behind={behind.get(row.id)} locale={locale} />
            ))}
          </tbody>
        </table>
      </div>
      {remaining > 0 ? (
        <button
          type="button"
          className="button project-table__more"
          onClick={() => setShownCount((n) => n + rowsPerPage)}
        >
          {t('list.showMore', { count: Math.min(remaining, rowsPerPage) })}
        </button>
      ) : null}
    </>
  );
}

interface HeaderCellProps {
  column: Column;
  label: string;
  sortedOrder: SortOrder | null;
  onSort: (key: ProjectSortKey) => void;
  locale: Locale;
}

function HeaderCell({ column, label, sortedOrder, onSort, locale }: HeaderCellProps) {
  const t = fixedT(locale, 'projects');
  const className = `project-table__col--${column.id}${column.numeric ? ' project-table__number' : ''}`;
  const { sortKey } = column;
  if (sortKey === undefined) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const Icon = sortedOrder === 'asc' ? ArrowUp : sortedOrder === 'desc' ? ArrowDown : ChevronsUpDown;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={sortedOrder === 'asc' ? 'ascending' : sortedOrder === 'desc' ? 'descending' : undefined}
    >
      <button type="button" className="project-table__sort" onClick={() => onSort(sortKey)}>
        {label}
        <Icon aria-hidden="true" focusable="false" className="project-table__sort-icon" />
        {sortedOrder ? (
          <span className="visually-hidden">
            {` (${sortedOrder === 'asc' ? t('table.sortedAscending') : t('table.sortedDescending')})`}
          </span>
        ) : null}
      </button>
    </th>
  );
}

interface ProjectTableRowProps {
  row: ProjectRow;
  behind: BehindEntry | undefined;
  locale: Locale;
}

const ProjectTableRow = memo(function ProjectTableRow({ row, behind, locale }: ProjectTableRowProps) {
  const t = fixedT(locale, 'projects');
  const name = locale === 'en-US' && row.nameEn ? row.nameEn : row.name;
  return (
    <tr className={`project-table__row stacked-table__row${behind ? ' project-table__row--behind' : ''}`}>
      <th scope="row" className="project-table__name">
        <Link to={projectPath(row)}>{name}</Link>
        {row.isDemo ? <DemoMarker locale={locale} /> : null}
        {behind ? (
          <span className="project-behind">
            {t(`behind.reasons.${behind.reason}`)}
            {behind.shortfall !== null
              ? ` · ${t('behind.shortfall', { amount: formatAmount(behind.shortfall, locale) })}`
              : null}
          </span>
        ) : null}
      </th>
      <td data-label={t('table.level')}>{localizedText(projectLevelLabels[row.level], locale)}</td>
      <td data-label={t('table.kind')}>{projectKindText(row, locale)}</td>
      <td data-label={t('table.department')}>{row.leadDepartment ?? missingFigure}</td>
      <td className="project-table__status-cell" data-label={t('table.status')}>
        <ProjectStatusTag status={row.status} locale={locale} />
      </td>
      <td className="project-table__number" data-label={t('table.startedOn')}>
        {row.startedOn ? formatDate(row.startedOn, locale) : missingFigure}
      </td>
      <td className="project-table__number" data-label={t('table.planned')}>
        {formatAmount(row.plannedAnnualInvestment, locale)}
      </td>
      <td className="project-table__number" data-label={t('table.invested')}>
        {formatAmount(row.investedToDate, locale)}
      </td>
    </tr>
  );
});
