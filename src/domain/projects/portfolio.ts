/**
 * The project portfolio as a table: one row per project at a given day, and the filters, search
 * and sort that the API and the projects page share, so both list the same rows in the same order.
 * Each function takes one pass (sorting aside), fast enough for several thousand projects.
 */
import type { IsoDate } from '../model';
import { periodEndDate, periodOfDate, yearOf } from '../period';
import { projectStatusOn } from './derive';
import {
  projectStageRank,
  projectStatuses,
  type IndustryChain,
  type IndustryTrack,
  type Project,
  type ProjectKind,
  type ProjectLevel,
  type ProjectStatus,
} from './model';
import type { ProjectRow } from './projectRow';

export type { ProjectRow } from './projectRow';

/** The first event dated on or before `date` that reached `status` or a later stage. */
function firstReached(project: Project, status: ProjectStatus, date: IsoDate): IsoDate | null {
  const event = project.statusHistory.find(
    (e) => e.date <= date && projectStageRank[e.status] >= projectStageRank[status],
  );
  return event?.date ?? null;
}

export function projectRow(project: Project, date: IsoDate): ProjectRow {
  const throughPeriod = periodOfDate(date);
  const year = yearOf(throughPeriod);
  let invested = 0;
  for (const entry of project.monthlyInvestment) {
    if (yearOf(entry.period) === year && entry.period <= throughPeriod) invested += entry.amount;
  }
  return {
    id: project.id,
    planId: project.planId,
    name: project.name,
    nameEn: project.nameEn,
    level: project.level,
    kind: project.kind,
    urbanCategory: project.urbanCategory,
    industryChain: project.industryChain,
    track: project.track,
    ownerEnterprise: project.ownerEnterprise,
    location: project.location,
    leadDepartment: project.leadDepartment,
    plannedTotalInvestment: project.plannedTotalInvestment,
    plannedAnnualInvestment: project.plannedAnnualInvestment,
    isNewBillionProject: project.isNewBillionProject,
    isDemo: project.isDemo,
    version: project.version,
    updatedAt: project.updatedAt,
    status: projectStatusOn(project, date),
    startedOn: firstReached(project, 'started', date),
    inProductionOn: firstReached(project, 'inProduction', date),
    completedOn: firstReached(project, 'completed', date),
    investedToDate: Math.round(invested * 10_000) / 10_000,
  };
}

/**
 * The day a portfolio view reads statuses and investment at: the as-of month's last day, else
 * today, but no later than the plan year's last day (a 2024 plan read in 2025 stands at 2024-12-31,
 * so its investment this year is 2024's).
 */
export function portfolioDate(
  asOfPeriod: string | null | undefined,
  today: IsoDate,
  planYear?: number,
): IsoDate {
  if (asOfPeriod) return periodEndDate(asOfPeriod);
  const yearEnd: IsoDate | null = planYear === undefined ? null : `${planYear}-12-31`;
  return yearEnd !== null && today > yearEnd ? yearEnd : today;
}

export interface PortfolioFilter {
  level?: ProjectLevel | undefined;
  kind?: ProjectKind | undefined;
  chain?: IndustryChain | undefined;
  track?: IndustryTrack | undefined;
  status?: ProjectStatus | undefined;
  /** 牵头单位, exactly. */
  department?: string | undefined;
  /** Words to find in the name (either language), id, enterprise, location or department. */
  q?: string | undefined;
}

/** Rows are never changed once built, so each row's search text is built once. */
const searchTexts = new WeakMap<ProjectRow, string>();

function searchText(row: ProjectRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = [row.id, row.name, row.nameEn, row.ownerEnterprise, row.location, row.leadDepartment]
      .filter((part): part is string => part !== null)
      .join('\n')
      .toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** Builds the rows' search texts now, so that the first search is as quick as the next. */
export function prepareSearch(rows: readonly ProjectRow[]): void {
  for (const row of rows) searchText(row);
}

/** The rows matching every given filter; the search matches when every word of `q` is found. */
export function filterProjectRows(rows: readonly ProjectRow[], filter: PortfolioFilter): ProjectRow[] {
  const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.level === undefined || row.level === filter.level) &&
      (filter.kind === undefined || row.kind === filter.kind) &&
      (filter.chain === undefined || row.industryChain === filter.chain) &&
      (filter.track === undefined || row.track === filter.track) &&
      (filter.status === undefined || row.status === filter.status) &&
      (filter.department === undefined || row.leadDepartment === filter.department) &&
      (words.length === 0 || words.every((word) => searchText(row).includes(word))),
  );
}

export {
  portfolioSorter,
  projectSortKeys,
  sortProjectRows,
  type PortfolioSorter,
  type ProjectSortKey,
  type SortOrder,
} from './portfolioSort';

/** How many rows stand at each status. */
export function countRowsByStatus(rows: readonly ProjectRow[]): Record<ProjectStatus, number> {
  const counts = Object.fromEntries(projectStatuses.map((status) => [status, 0])) as Record<
    ProjectStatus,
    number
  >;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
