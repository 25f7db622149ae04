/**
 * The project list as a table, sortable by clicking a column header (the sorted one says so with
 * aria-sort). It draws one page of rows at a time and more on request, so a list of thousands
 * stays quick; rows are memoised and drawn again only when their project changes, with their
 * words looked up once per language rather than in every row.
 */
import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, missingFigure } from '../../domain/format';
import { projectLevelLabels } from '../../domain/projects/model';
import type { ProjectRow, ProjectSortKey, SortOrder } from '../../domain/projects/portfolio';
import type { ProjectsBehindResponse } from '../../api/projectsContract';
import { fixedT } from '../../i18n/fixedT';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { DemoMarker, demoWords, type DemoWords } from './DemoMarker';
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
  /** The filters the rows are listed by: when they change, the table starts again at its first page. */
  listedView: string;
  behind: ReadonlyMap<string, BehindEntry>;
  sort: ProjectSortKey | undefined;
  order: SortOrder;
  onSort: (key: ProjectSortKey) => void;
  locale: Locale;
}

export const ProjectTable = memo(function ProjectTable({
  rows,
  listedView,
  behind,
  sort,
  order,
  onSort,
  locale,
}: ProjectTableProps) {
  const t = fixedT(locale, 'projects');
  const [shownPages, setShownPages] = useState({ listedView, count: rowsPerPage });
  if (shownPages.listedView !== listedView) setShownPages({ listedView, count: rowsPerPage });
  const shownCount = shownPages.listedView === listedView ? shownPages.count : rowsPerPage;
  const shown = rows.slice(0, shownCount);
  const words = useMemo(() => rowWords(locale), [locale]);
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
            {shown.map((row, place) => (
              <ProjectTableRow
                // By place, not by project: a new sort or filter writes new words into the rows
                // drawn, which is much quicker than taking them down and drawing new ones.
                key={place}
                row={row}
                behind={behind.get(row.id)}
                words={words}
                locale={locale}
              />
            ))}
          </tbody>
        </table>
      </div>
      {remaining > 0 ? (
        <button
          type="button"
          className="button project-table__more"
          onClick={() => setShownPages({ listedView, count: shownCount + rowsPerPage })}
        >
          {t('list.showMore', { count: Math.min(remaining, rowsPerPage) })}
        </button>
      ) : null}
    </>
  );
});

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

/** The words every row repeats, in one language. */
interface RowWords {
  level: string;
  kind: string;
  department: string;
  status: string;
  startedOn: string;
  planned: string;
  invested: string;
  demo: DemoWords;
}

function rowWords(locale: Locale): RowWords {
  const t = fixedT(locale, 'projects');
  return {
    level: t('table.level'),
    kind: t('table.kind'),
    department: t('table.department'),
    status: t('table.status'),
    startedOn: t('table.startedOn'),
    planned: t('table.planned'),
    invested: t('table.invested'),
    demo: demoWords(locale),
  };
}

interface ProjectTableRowProps {
  row: ProjectRow;
  behind: BehindEntry | undefined;
  words: RowWords;
  locale: Locale;
}

const ProjectTableRow = memo(function ProjectTableRow({ row, behind, words, locale }: ProjectTableRowProps) {
  const name = locale === 'en-US' && row.nameEn ? row.nameEn : row.name;
  return (
    <tr className={`project-table__row stacked-table__row${behind ? ' project-table__row--behind' : ''}`}>
      <th scope="row" className="project-table__name">
        <Link to={projectPath(row)}>{name}</Link>
        {row.isDemo ? <DemoMarker locale={locale} words={words.demo} /> : null}
        {behind ? <BehindReason behind={behind} locale={locale} /> : null}
      </th>
      <td data-label={words.level}>{localizedText(projectLevelLabels[row.level], locale)}</td>
      <td data-label={words.kind}>{projectKindText(row, locale)}</td>
      <td data-label={words.department}>{row.leadDepartment ?? missingFigure}</td>
      <td className="project-table__status-cell" data-label={words.status}>
        <ProjectStatusTag status={row.status} locale={locale} />
      </td>
      <td className="project-table__number" data-label={words.startedOn}>
        {row.startedOn ? formatDate(row.startedOn, locale) : missingFigure}
      </td>
      <td className="project-table__number" data-label={words.planned}>
        {formatAmount(row.plannedAnnualInvestment, locale)}
      </td>
      <td className="project-table__number" data-label={words.invested}>
        {formatAmount(row.investedToDate, locale)}
      </td>
    </tr>
  );
});

function BehindReason({ behind, locale }: { behind: BehindEntry; locale: Locale }) {
  const t = fixedT(locale, 'projects');
  return (
    <span className="project-behind">
      {t(`behind.reasons.${behind.reason}`)}
      {behind.shortfall !== null
        ? ` · ${t('behind.shortfall', { amount: formatAmount(behind.shortfall, locale) })}`
        : null}
    </span>
  );
}
