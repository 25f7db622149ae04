/**
 * The figures of the indicators computed from the project registry (start rate, into production,
 * investment, new billion-yuan projects, urban works completed). They are never typed in: every
 * response that carries figures computes them here from the projects, so the status engine
 * evaluates them like any other figure.
 */
import type { Derivation, Indicator, IndicatorValue, IsoDate, Period } from '../../src/domain/model';
import { comparePeriods, periodCutoff, periodOf, periodOfDate, todayInChina } from '../../src/domain/period';
import { deriveIndicatorValues } from '../../src/domain/projects/derive';
import { isKeyProject, isUrbanProject, type Project } from '../../src/domain/projects/model';
import { byIndicatorThenPeriod } from '../store/ordering';
import type { Store } from '../store/port';

export interface DerivedValuesView {
  /** The plan year. */
  year: number;
  /** The as-of month of the view, or null for everything known now. */
  asOfPeriod: Period | null;
  /** Today in China time: no figure is given for a month that has not begun. */
  today: IsoDate;
}

/** Who records a derived figure: the registry itself, not a person. */
export const derivedRecorder = 'derived';

/** The projects an indicator is computed over (its denominator for the start rate). */
const populations: Record<Derivation, (project: Project) => boolean> = {
  keyProjectStartRate: isKeyProject,
  keyProjectsInProduction: isKeyProject,
  keyProjectInvestment: isKeyProject,
  newBillionProjects: (project) => project.isNewBillionProject,
  urbanProjectsCompleted: isUrbanProject,
};

function laterPeriod(a: Period | null, b: Period): Period {
  return a === null || comparePeriods(b, a) > 0 ? b : a;
}

/** The latest month with a dated status change or monthly investment among the projects. */
function latestDataPeriod(projects: readonly Project[]): Period | null {
  let latest: Period | null = null;
  for (const project of projects) {
    const lastEvent = project.statusHistory.at(-1);
    if (lastEvent) latest = laterPeriod(latest, periodOfDate(lastEvent.date));
    const lastInvestment = project.monthlyInvestment.at(-1);
    if (lastInvestment) latest = laterPeriod(latest, lastInvestment.period);
  }
  return latest;
}

function earliest(periods: Period[]): Period {
  return periods.reduce((a, b) => (comparePeriods(a, b) <= 0 ? a : b));
}

/**
 * One indicator's figures: January to the latest month with project data, but never past the
 * as-of month, today's month or December. A month's figure counts the status changes dated on or
 * before its last day (see src/domain/projects/derive.ts).
 *
 * The projects are read as they stand now. Their history is dated, so an as-of view needs no
 * stored revisions: a figure for a month uses only the status events and investment dated by
 * then. A project's other fields (its kind, level or 2024 plan) are taken as they are now.
 */
function derivedValuesOf(
  indicator: Indicator,
  derivation: Derivation,
  projects: readonly Project[],
  view: DerivedValuesView,
) {
  const population = projects.filter(populations[derivation]);
  const latest = latestDataPeriod(population);
  if (latest === null) return [];
  const caps = [latest, periodOfDate(view.today), periodOf(view.year, 12)];
  if (view.asOfPeriod !== null) caps.push(view.asOfPeriod);
  const lastPeriod = earliest(caps);
  const isDemo = population.some((project) => project.isDemo);
  const lastUpdatedAt = population.map((project) => project.updatedAt).reduce((a, b) => (a > b ? a : b));

  return deriveIndicatorValues(derivation, population, view.year)
    .filter((derived) => comparePeriods(derived.period, lastPeriod) <= 0 && derived.value !== null)
    .map((derived): IndicatorValue => ({
      indicatorId: indicator.id,
      period: derived.period,
      value: derived.value,
      judgement: null,
      achievedOn: null,
      note: null,
      source: '项目库',
      isDemo,
      recordedBy: derivedRecorder,
      // A closed month was known at its cut-off; the month still running, at the last change.
      recordedAt: [periodCutoff(derived.period), lastUpdatedAt].reduce((a, b) => (a < b ? a : b)),
      version: 1,
    }));
}

/**
 * The figures of a view with every derived indicator's figures computed from `projects`. Stored
 * figures of a derived indicator are left out: the registry is the one source of those.
 */
export function withDerivedValues(
  stored: readonly IndicatorValue[],
  indicators: readonly Indicator[],
  projects: readonly Project[],
  view: DerivedValuesView,
): IndicatorValue[] {
  const derivedIds = new Set<string>();
  const derived: IndicatorValue[] = [];
  for (const indicator of indicators) {
    if (indicator.derivation === null) continue;
    derivedIds.add(indicator.id);
    derived.push(...derivedValuesOf(indicator, indicator.derivation, projects, view));
  }
  if (derivedIds.size === 0) return [...stored];
  return [...stored.filter((value) => !derivedIds.has(value.indicatorId)), ...derived].sort(
    byIndicatorThenPeriod,
  );
}

/**
 * `withDerivedValues` for a route: reads the plan's projects (only when an indicator is derived)
 * and stands the view today, in China time.
 */
export async function valuesWithDerived(
  store: Store,
  plan: { id: string; year: number },
  indicators: readonly Indicator[],
  stored: readonly IndicatorValue[],
  asOfPeriod: Period | null,
): Promise<IndicatorValue[]> {
  if (!indicators.some((indicator) => indicator.derivation !== null)) return [...stored];
  const projects = await store.projects.listByPlan(plan.id);
  return withDerivedValues(stored, indicators, projects, {
    year: plan.year,
    asOfPeriod,
    today: todayInChina(),
  });
}
