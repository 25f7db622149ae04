/**
 * Indicators computed from the project registry instead of being typed in.
 *
 * A project counts towards a date's figure when the status event that puts it there is dated on or
 * before that date; a monthly figure is the figure on the month's last day (累计, cumulative).
 * Definitions:
 * - keyProjectStartRate (开工率, %): key projects (kind `industrial`, all of which carry a level:
 *   the 99 省市区三级重点项目) whose status is started, in production or completed, ÷ all key
 *   projects × 100. Urban projects are counted separately (6大类21项) and are not in it. A project
 *   that started before the year still counts as started.
 * - keyProjectsInProduction (年内投产, count): key projects in production or completed, whose first
 *   such event falls within the year.
 * - keyProjectInvestment (完成投资, 亿元): the key projects' monthly investment within the year,
 *   summed from January.
 * - newBillionProjects (新落地过10亿元项目, count): projects flagged `isNewBillionProject` of either
 *   kind that have landed, "landed" meaning started (开工), first within the year. A signed contract
 *   alone does not count.
 * - urbanProjectsCompleted (count): urban projects completed, first within the year.
 *
 * Each figure takes one pass over the projects.
 */
import type { Derivation, IsoDate, Period } from '../model';
import { monthOf, periodEndDate, periodOf, periodOfDate, periodsOfYear, yearOf } from '../period';
import { isKeyProject, isUrbanProject, projectStatuses, type Project, type ProjectStatus } from './model';

const startedStatuses: ReadonlySet<ProjectStatus> = new Set(['started', 'inProduction', 'completed']);
const producingStatuses: ReadonlySet<ProjectStatus> = new Set(['inProduction', 'completed']);
const completedStatuses: ReadonlySet<ProjectStatus> = new Set(['completed']);

/** Amounts are kept to 万元 (0.0001 亿元), which also clears floating-point noise from sums. */
function roundAmount(amount: number): number {
  return Math.round(amount * 10_000) / 10_000;
}

/** The latest status dated on or before `date`; `planned` before the first event. */
export function projectStatusOn(project: Project, date: IsoDate): ProjectStatus {
  for (let i = project.statusHistory.length - 1; i >= 0; i -= 1) {
    const event = project.statusHistory[i];
    if (event !== undefined && event.date <= date) return event.status;
  }
  return 'planned';
}

export function isStartedOn(project: Project, date: IsoDate): boolean {
  return startedStatuses.has(projectStatusOn(project, date));
}

export interface DerivedValue {
  period: Period;
  /** Null only for a start rate with no key projects to divide by. */
  value: number | null;
}

interface CountRule {
  includes: (project: Project) => boolean;
  statuses: ReadonlySet<ProjectStatus>;
  /** Count a project only if it first reached one of `statuses` within the year. */
  firstWithinYear: boolean;
}

const countRules: Record<Exclude<Derivation, 'keyProjectInvestment'>, CountRule> = {
  keyProjectStartRate: { includes: isKeyProject, statuses: startedStatuses, firstWithinYear: false },
  keyProjectsInProduction: { includes: isKeyProject, statuses: producingStatuses, firstWithinYear: true },
  newBillionProjects: {
    includes: (project) => project.isNewBillionProject,
    statuses: startedStatuses,
    firstWithinYear: true,
  },
  urbanProjectsCompleted: { includes: isUrbanProject, statuses: completedStatuses, firstWithinYear: true },
};

/** How many projects the rule counts at each month end, and how many it looked at. */
function countByMonthEnd(rule: CountRule, projects: readonly Project[], year: number) {
  const monthEnds = periodsOfYear(year).map(periodEndDate);
  const yearStart: IsoDate = `${year}-01-01`;
  const counts = monthEnds.map(() => 0);
  let considered = 0;
  for (const project of projects) {
    if (!rule.includes(project)) continue;
    considered += 1;
    const history = project.statusHistory;
    let next = 0;
    let current: ProjectStatus = 'planned';
    let firstReached: IsoDate | null = null;
    monthEnds.forEach((monthEnd, month) => {
      for (let event = history[next]; event !== undefined && event.date <= monthEnd; event = history[next]) {
        current = event.status;
        if (firstReached === null && rule.statuses.has(event.status)) firstReached = event.date;
        next += 1;
      }
      const reachedInTime = !rule.firstWithinYear || (firstReached !== null && firstReached >= yearStart);
      if (rule.statuses.has(current) && reachedInTime) counts[month] = (counts[month] ?? 0) + 1;
    });
  }
  return { counts, considered };
}

/** The key projects' investment within the year, cumulative from January, per month. */
function cumulativeInvestment(projects: readonly Project[], year: number): number[] {
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const project of projects) {
    if (!isKeyProject(project)) continue;
    for (const entry of project.monthlyInvestment) {
      if (yearOf(entry.period) !== year) continue;
      const month = monthOf(entry.period) - 1;
      byMonth[month] = (byMonth[month] ?? 0) + entry.amount;
    }
  }
  let total = 0;
  return byMonth.map((amount) => {
    total += amount;
    return roundAmount(total);
  });
}

/** One cumulative figure per month of `year`, January to December. */
export function deriveIndicatorValues(
  derivation: Derivation,
  projects: readonly Project[],
  year: number,
): DerivedValue[] {
  const periods = periodsOfYear(year);
  if (derivation === 'keyProjectInvestment') {
    const totals = cumulativeInvestment(projects, year);
    return periods.map((period, i) => ({ period, value: totals[i] ?? 0 }));
  }
  const { counts, considered } = countByMonthEnd(countRules[derivation], projects, year);
  if (derivation === 'keyProjectStartRate') {
    return periods.map((period, i) => ({
      period,
      value: considered === 0 ? null : ((counts[i] ?? 0) / considered) * 100,
    }));
  }
  return periods.map((period, i) => ({ period, value: counts[i] ?? 0 }));
}

export type BehindReason =
  'notStarted' | 'notInProduction' | 'investmentShortfall' | 'notLanded' | 'notCompleted';

export interface BehindProject {
  projectId: string;
  reason: BehindReason;
  /** For `investmentShortfall`: how far the investment is below the pro-rata plan, in 亿元. */
  shortfall: number | null;
}

/** Months of the date's year that have ended by the date: 2024-03-31 → 3, 2024-04-15 → 3. */
function monthsEndedBy(date: IsoDate): number {
  const period = periodOfDate(date);
  return date >= periodEndDate(period) ? monthOf(period) : monthOf(period) - 1;
}

/** Planned 2024 investment × months ended ÷ 12 (序时进度), minus what was invested in those months. */
function investmentShortfall(project: Project, date: IsoDate): number {
  const year = yearOf(periodOfDate(date));
  const months = monthsEndedBy(date);
  const lastPeriod = months === 0 ? null : periodOf(year, months);
  let invested = 0;
  for (const entry of project.monthlyInvestment) {
    if (lastPeriod !== null && yearOf(entry.period) === year && entry.period <= lastPeriod)
      invested += entry.amount;
  }
  return roundAmount((project.plannedAnnualInvestment * months) / 12 - invested);
}

function byLargest<T>(value: (item: T) => number, id: (item: T) => string) {
  return (a: T, b: T) => value(b) - value(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

/**
 * The projects holding the indicator back on `date`, the weightiest first:
 * - start rate: key projects not started, by planned 2024 investment;
 * - production: key projects started but not yet in production, by planned 2024 investment;
 * - investment: key projects invested below the pro-rata plan of the months ended, by shortfall;
 * - new billion projects: flagged projects not yet landed, by total investment;
 * - urban: urban projects not completed, by planned 2024 investment.
 */
export function projectsBehind(
  derivation: Derivation,
  projects: readonly Project[],
  date: IsoDate,
): BehindProject[] {
  const behind = (
    reason: BehindReason,
    selected: Project[],
    weight: (p: Project) => number,
  ): BehindProject[] =>
    selected
      .sort(byLargest(weight, (p) => p.id))
      .map((project) => ({ projectId: project.id, reason, shortfall: null }));

  switch (derivation) {
    case 'keyProjectStartRate':
      return behind(
        'notStarted',
        projects.filter((p) => isKeyProject(p) && !isStartedOn(p, date)),
        (p) => p.plannedAnnualInvestment,
      );
    case 'keyProjectsInProduction':
      return behind(
        'notInProduction',
        projects.filter((p) => isKeyProject(p) && projectStatusOn(p, date) === 'started'),
        (p) => p.plannedAnnualInvestment,
      );
    case 'newBillionProjects':
      return behind(
        'notLanded',
        projects.filter((p) => p.isNewBillionProject && !isStartedOn(p, date)),
        (p) => p.plannedTotalInvestment,
      );
    case 'urbanProjectsCompleted':
      return behind(
        'notCompleted',
        projects.filter((p) => isUrbanProject(p) && projectStatusOn(p, date) !== 'completed'),
        (p) => p.plannedAnnualInvestment,
      );
    case 'keyProjectInvestment':
      return projects
        .filter(isKeyProject)
        .map((project) => ({ projectId: project.id, shortfall: investmentShortfall(project, date) }))
        .filter((entry) => entry.shortfall > 0)
        .sort(
          byLargest(
            (entry) => entry.shortfall,
            (entry) => entry.projectId,
          ),
        )
        .map((entry) => ({ ...entry, reason: 'investmentShortfall' as const }));
  }
}

/** How many projects stand at each status on `date`. */
export function countByStatus(projects: readonly Project[], date: IsoDate): Record<ProjectStatus, number> {
  const counts = Object.fromEntries(projectStatuses.map((status) => [status, 0])) as Record<
    ProjectStatus,
    number
  >;
  for (const project of projects) counts[projectStatusOn(project, date)] += 1;
  return counts;
}
