/**
 * The project list (`/projects`): the plan's key projects and urban works with their status at the
 * as-of month, status counts, a timeline of starts and completions, and the filterable, sortable
 * table. With `?behind=<indicator>` the projects holding that indicator back come first. Loaded
 * lazily; the whole list is fetched once and filtered and sorted here, memoised.
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
  sortProjectRows,
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
  // Typing in the search box stays quick: the list catches up a moment later.
  const filter = useDeferredValue(search.filter);
  const sort = useDeferredValue(search.sort);
  const order = useDeferredValue(search.order);
  const rows = listQuery.data?.projects ?? noRows;

  const anyStatus = useMemo(() => filterProjectRows(rows, { ...filter, status: undefined }), [rows, filter]);
  const statusCounts = useMemo(() => countRowsByStatus(anyStatus), [anyStatus]);
  const filtered = useMemo(
    () => (filter.status === undefined ? anyStatus : filterProjectRows(anyStatus, { status: filter.status })),
    [anyStatus, filter.status],
  );
  const behind = useMemo(
    () => new Map<string, BehindEntry>(behindQuery.data?.projects.map((b) => [b.project.id, b]) ?? []),
    [behindQuery.data],
  );
  const ordered = useMemo(() => {
    const sorted = sortProjectRows(filtered, sort, order);
    if (behind.size === 0) return sorted;
    const listed = new Map(sorted.map((row) => [row.id, row]));
    // Without a chosen sort, the laggards keep the API's order: the weightiest first.
    const first = sort
      ? sorted.filter((row) => behind.has(row.id))
      : [...behind.keys()].flatMap((id) => listed.get(id) ?? []);
    return [...first, ...sorted.filter((row) => !behind.has(row.id))];
  }, [filtered, sort, order, behind]);
  const departments = useMemo(
    () => [...new Set(rows.flatMap((row) => (row.leadDepartment ? [row.leadDepartment] : [])))].sort(),
    [rows],
  );
  const { setFilter } = search;
  const selectStatus = useCallback((status: string | null) => setFilter('status', status), [setFilter]);
  const behindListed = useMemo(() => filtered.filter((row) => behind.has(row.id)).length, [filtered, behind]);

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
      <ProjectTimeline rows={filtered} year={plan.year} />
      <section className="panel" aria-labelledby="project-list-heading">
        <h2 id="project-list-heading" className="panel__title">
          {t('table.heading')}
        </h2>
        <ProjectFilters search={search} departments={departments} />
        {ordered.length === 0 ? (
          <EmptyState title={t('list.empty')} hint={t('list.emptyHint')} />
        ) : (
          <ProjectTable
            // A new filter starts again at the first page; a new sort keeps the rows drawn.
            key={JSON.stringify([filter, search.behind])}
            rows={ordered}
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
