/**
 * The project list (`/projects`): the plan's key projects and urban works with their status at the
 * as-of month, status counts, a timeline of starts and completions, and the filterable, sortable
 * table. With `?behind=<indicator>` the projects holding that indicator back come first. Loaded
 * lazily; the whole list is fetched once and filtered and sorted here, memoised, each column's
 * order worked out once (portfolioSorter). A filter or a sort paints the table first; the
 * timeline follows.
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { formatDate } from '../../domain/format';
import {
  countRowsByStatus,
  filterProjectRows,
  portfolioSorter,
  type ProjectRow,
} from '../../domain/projects/portfolio';
import { useLocalized } from '../../i18n/localized';
import { usePlans } from '../../lib/api/get-plans';
import { useProjects } from './api/get-projects';
import { useProjectsBehind } from './api/get-projects-behind';
import { BehindNotice } from './BehindNotice';
import { ProjectFilters } from './ProjectFilters';
import { ProjectStatusCounts } from './ProjectStatusCounts';
import { ProjectTable, type BehindEntry } from './ProjectTable';
import { ProjectTimeline } from './ProjectTimeline';
import { useProjectsSlots } from './projectsSlots';
import { useAfterPaint } from './useAfterPaint';
import { usePreparedPortfolio } from './usePreparedPortfolio';
import { useProjectsSearch } from './useProjectsSearch';
import './projects.css';
import { usePlanId } from '../../lib/plan/usePlanId';

const noRows: ProjectRow[] = [];

export default function ProjectsPage() {
  const { t } = useTranslation('projects');
  const { ExportButtons } = useProjectsSlots();
  const { locale } = useLocalized();
  const search = useProjectsSearch();
  const plansQuery = usePlans();
  const planId = usePlanId();
  const plan = plansQuery.data?.plans.find((candidate) => candidate.id === planId);
  const listQuery = useProjects(plan?.id, search.asOf);
  const behindQuery = useProjectsBehind(search.behind, search.asOf);
  const { level, kind, chain, track, status, department } = search.filter;
  // Typing in the search box stays quick: the list catches up a moment later. A sort or any
  // other filter shows at once.
  const q = useDeferredValue(search.filter.q);
  const { sort, order } = search;
  const rows = listQuery.data?.projects ?? noRows;
  const sorter = useMemo(() => portfolioSorter(rows), [rows]);
  usePreparedPortfolio(rows, sorter);

  // A sort leaves the filtered rows, and so the counts and the timeline, as they were.
  const anyStatus = useMemo(
    () => filterProjectRows(rows, { level, kind, chain, track, department, q }),
    [rows, level, kind, chain, track, department, q],
  );
  const statusCounts = useMemo(() => countRowsByStatus(anyStatus), [anyStatus]);
  const filtered = useMemo(
    () => (status === undefined ? anyStatus : filterProjectRows(anyStatus, { status })),
    [anyStatus, status],
  );
  const timelineRows = useAfterPaint(filtered, rows);
  const behind = useMemo(
    () => new Map<string, BehindEntry>(behindQuery.data?.projects.map((b) => [b.project.id, b]) ?? []),
    [behindQuery.data],
  );
  const ordered = useMemo(() => {
    const sorted = sorter.sort(filtered, sort, order);
    if (behind.size === 0) return sorted;
    const listed = new Map(sorted.map((row) => [row.id, row]));
    // Without a chosen sort, the laggards keep the API's order: the weightiest first.
    const first = sort
      ? sorted.filter((row) => behind.has(row.id))
      : [...behind.keys()].flatMap((id) => listed.get(id) ?? []);
    return [...first, ...sorted.filter((row) => !behind.has(row.id))];
  }, [sorter, filtered, sort, order, behind]);
  const departments = useMemo(
    () => [...new Set(rows.flatMap((row) => (row.leadDepartment ? [row.leadDepartment] : [])))].sort(),
    [rows],
  );
  const { setFilter } = search;
  const selectStatus = useCallback((chosen: string | null) => setFilter('status', chosen), [setFilter]);
  const behindListed = useMemo(() => filtered.filter((row) => behind.has(row.id)).length, [filtered, behind]);
  // A new filter starts again at the first page; a new sort keeps the rows drawn.
  const listedView = JSON.stringify([level, kind, chain, track, status, department, q, search.behind]);

  const failed = [plansQuery, listQuery, behindQuery].find((query) => query.isError);
  if (failed) {
    return (
      <section className="page projects-page">
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </section>
    );
  }
  if (plansQuery.data && !plan) {
    return (
      <section className="page projects-page">
        <EmptyState title={t('list.empty')} />
      </section>
    );
  }
  const list = listQuery.data;
  if (!list || !plan) {
    return (
      <section className="page projects-page">
        <LoadingState blocks={4} />
      </section>
    );
  }

  return (
    <section
      className="page projects-page"
      aria-labelledby="projects-title"
      aria-busy={listQuery.isPlaceholderData}
    >
      <header className="projects-page__header">
        <h1 id="projects-title" className="page__title">
          {t('list.title')}
        </h1>
        <p className="projects-page__intro">{t('list.intro')}</p>
        <p className="projects-page__date">{t('list.statusOn', { date: formatDate(list.date, locale) })}</p>
        <ExportButtons planId={plan.id} asOf={search.asOf} />
      </header>
      {behindQuery.data ? (
        <BehindNotice behind={behindQuery.data} listed={behindListed} onClear={search.clearBehind} />
      ) : null}
      <ProjectStatusCounts counts={statusCounts} selected={search.filter.status} onSelect={selectStatus} />
      <ProjectTimeline rows={timelineRows} year={plan.year} />
      <section className="panel" aria-labelledby="project-list-heading">
        <h2 id="project-list-heading" className="panel__title">
          {t('table.heading')}
        </h2>
        <ProjectFilters search={search} departments={departments} />
        {ordered.length === 0 ? (
          <EmptyState title={t('list.empty')} hint={t('list.emptyHint')} />
        ) : (
          <ProjectTable
            rows={ordered}
            listedView={listedView}
            behind={behind}
            sort={sort}
            order={order}
            onSort={search.toggleSort}
            locale={locale}
          />
        )}
      </section>
    </section>
  );
}
