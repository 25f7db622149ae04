/**
 * The store in plain maps, for the mock API (it runs in the browser, so no Node imports here)
 * and for fast tests. It behaves as the SQL store does: the same validation, revisions, cut-off
 * rule, ordering and demo removal. Everything is copied in and out, so callers never share
 * stored objects.
 */
import {
  departmentSchema,
  indicatorSchema,
  indicatorValueSchema,
  planSchema,
  planSummarySchema,
  workItemSchema,
  type Indicator,
  type IndicatorValue,
  type Plan,
  type PlanSummary,
  type WorkItem,
} from '../../src/domain/model';
import { shownInView, type FigureView } from '../../src/domain/figureReview';
import { UnknownIndicatorError } from './errors';
import { canonicalInstant } from './instant';
import { MemoryAccounts } from './memory/accounts';
import { MemoryAccountability } from './memory/accountability';
import { MemoryAlerts } from './memory/alerts';
import { MemoryAudit } from './memory/audit';
import { MemoryEvents } from './memory/events';
import { MemoryPresentations } from './memory/presentations';
import { MemoryProjects } from './memory/projects';
import { MemoryPlanDocuments } from './memory/planDocuments';
import { MemoryWrites } from './memory/writes';
import { PlanEditing } from './plans/planEditing';
import { byId, byIndicatorThenPeriod, byOrderThenId } from './ordering';
import type { FigureContext } from './figureAlerts';
import type { PlanContents, SeedData, Store, ValuesFilter } from './port';
import type { VersionedWrites } from './writesPort';

/** A revision with its write sequence, which breaks ties between equal recordedAt. */
interface Revision {
  sequence: number;
  value: IndicatorValue;
}

function figureKey(value: { indicatorId: string; period: string }): string {
  return JSON.stringify([value.indicatorId, value.period]);
}

/** The stored form of a figure: validated, its recordedAt canonical, and a fresh copy. */
function storedFigure(value: IndicatorValue): IndicatorValue {
  const parsed = indicatorValueSchema.parse(structuredClone(value));
  return { ...parsed, recordedAt: canonicalInstant(parsed.recordedAt) };
}

function isLaterRevision(candidate: Revision, than: Revision): boolean {
  const a = candidate.value.recordedAt;
  const b = than.value.recordedAt;
  return a > b || (a === b && candidate.sequence > than.sequence);
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly audit = new MemoryAudit();
  readonly events = new MemoryEvents();
  readonly accounts = new MemoryAccounts(this.audit);
  readonly alerts = new MemoryAlerts(this.audit);
  readonly presentations = new MemoryPresentations((planId) => this.#plans.has(planId), this.events);
  readonly projects = new MemoryProjects((planId) => this.#plans.has(planId), this.audit, this.events);
  readonly #plans = new Map<string, Plan>();
  readonly #indicators = new Map<string, Indicator>();
  readonly accountability = new MemoryAccountability(
    (indicatorId) => this.#indicators.has(indicatorId),
    this.audit,
    this.events,
    this.alerts,
  );
  readonly #workItems = new Map<string, WorkItem>();
  readonly #currentFigures = new Map<string, IndicatorValue>();
  #revisions: Revision[] = [];
  readonly #writes = new MemoryWrites({
    indicator: (indicatorId) => this.#indicators.get(indicatorId),
    replaceIndicator: (indicator) => this.#indicators.set(indicator.id, indicator),
    plan: (planId) => this.#plans.get(planId),
    replacePlan: (plan) => this.#plans.set(plan.id, plan),
    currentFigure: (indicatorId, period) => this.#currentFigures.get(figureKey({ indicatorId, period })),
    writeFigure: (figure) => this.#write(figure),
    figureContext: (indicatorId) => this.#figureContext(indicatorId),
    alerts: this.alerts,
    audit: this.audit,
    events: this.events,
  });
  readonly saveValues: VersionedWrites['saveValues'] = (...args) => this.#writes.saveValues(...args);
  readonly changeFigureStates: VersionedWrites['changeFigureStates'] = (...args) =>
    this.#writes.changeFigureStates(...args);
  readonly updateIndicator: VersionedWrites['updateIndicator'] = (...args) =>
    this.#writes.updateIndicator(...args);
  readonly updateActionTasks: VersionedWrites['updateActionTasks'] = (...args) =>
    this.#writes.updateActionTasks(...args);
  #nextSequence = 1;
  readonly #planDocuments = new MemoryPlanDocuments({
    plans: this.#plans,
    indicators: this.#indicators,
    workItems: this.#workItems,
    hasFigures: (indicatorId) =>
      this.#revisions.some((revision) => revision.value.indicatorId === indicatorId),
    audit: this.audit,
    events: this.events,
  });
  readonly planEditing = new PlanEditing(this.#planDocuments.run);

  async ping(): Promise<void> {}

  async pendingMigrations(): Promise<string[]> {
    return [];
  }

  async isEmpty(): Promise<boolean> {
    return this.#plans.size === 0;
  }

  /** All or nothing, as the SQL transaction: every check runs before anything is written. */
  async seed(data: SeedData): Promise<void> {
    const plan = planSchema.parse(structuredClone(data.plan));
    const indicators = data.indicators.map((indicator) => indicatorSchema.parse(structuredClone(indicator)));
    const workItems = data.workItems.map((item) => workItemSchema.parse(structuredClone(item)));
    const values = data.values.map(storedFigure);

    const planIds = new Set([...this.#plans.keys()]);
    if (planIds.has(plan.id)) throw new Error(`plan already stored: ${plan.id}`);
    planIds.add(plan.id);
    const indicatorIds = new Set(this.#indicators.keys());
    for (const indicator of indicators) {
      if (indicatorIds.has(indicator.id)) throw new Error(`indicator already stored: ${indicator.id}`);
      if (!planIds.has(indicator.planId)) throw new Error(`unknown plan: ${indicator.planId}`);
      indicatorIds.add(indicator.id);
    }
    const workItemIds = new Set(this.#workItems.keys());
    for (const item of workItems) {
      if (workItemIds.has(item.id)) throw new Error(`work item already stored: ${item.id}`);
      if (!planIds.has(item.planId)) throw new Error(`unknown plan: ${item.planId}`);
      workItemIds.add(item.id);
    }
    const figureKeys = new Set(this.#currentFigures.keys());
    for (const value of values) {
      if (!indicatorIds.has(value.indicatorId)) throw new UnknownIndicatorError(value.indicatorId);
      if (figureKeys.has(figureKey(value)))
        throw new Error(`figure already stored: ${value.indicatorId} ${value.period}`);
      figureKeys.add(figureKey(value));
    }
    const departments = (data.departments ?? []).map((department) =>
      departmentSchema.parse(structuredClone(department)),
    );
    for (const department of departments)
      if (this.#planDocuments.departments.has(department.id))
        throw new Error(`department already stored: ${department.id}`);
    const writeProjects = this.projects.stage(data.projects ?? [], planIds);

    this.#plans.set(plan.id, plan);
    for (const indicator of indicators) this.#indicators.set(indicator.id, indicator);
    for (const item of workItems) this.#workItems.set(item.id, item);
    for (const value of values) this.#write(value);
    for (const department of departments) this.#planDocuments.departments.set(department.id, department);
    writeProjects();
  }

  async listPlans(): Promise<PlanSummary[]> {
    return [...this.#plans.values()].map((plan) => planSummarySchema.parse(structuredClone(plan))).sort(byId);
  }

  async getPlan(planId: string): Promise<PlanContents | null> {
    const plan = this.#plans.get(planId);
    if (!plan) return null;
    return structuredClone({
      plan,
      indicators: [...this.#indicators.values()].filter((i) => i.planId === planId).sort(byOrderThenId),
      workItems: [...this.#workItems.values()].filter((w) => w.planId === planId).sort(byOrderThenId),
    });
  }

  async findPlan(planId: string): Promise<Plan | null> {
    const plan = this.#plans.get(planId);
    return plan ? structuredClone(plan) : null;
  }

  async getIndicator(indicatorId: string): Promise<Indicator | null> {
    const indicator = this.#indicators.get(indicatorId);
    return indicator ? structuredClone(indicator) : null;
  }

  async listValues(filter: ValuesFilter): Promise<IndicatorValue[]> {
    const belongs = (value: IndicatorValue) =>
      this.#indicators.get(value.indicatorId)?.planId === filter.planId &&
      (filter.indicatorId === undefined || value.indicatorId === filter.indicatorId);
    const view = filter.view ?? 'current';
    const figures =
      filter.cutoff === undefined && view === 'current'
        ? [...this.#currentFigures.values()]
        : this.#latestRevisions(filter.cutoff === undefined ? null : canonicalInstant(filter.cutoff), view);
    return structuredClone(figures.filter(belongs).sort(byIndicatorThenPeriod));
  }

  /** The latest revision per (indicator, period) recorded at or before the cutoff, of those the view shows. */
  #latestRevisions(cutoff: string | null, view: FigureView): IndicatorValue[] {
    const latest = new Map<string, Revision>();
    for (const revision of this.#revisions) {
      if (cutoff !== null && revision.value.recordedAt > cutoff) continue;
      if (!shownInView(view, revision.value.review?.state ?? null)) continue;
      const key = figureKey(revision.value);
      const known = latest.get(key);
      if (!known || isLaterRevision(revision, known)) latest.set(key, revision);
    }
    return [...latest.values()].map((revision) => revision.value);
  }

  async recordValue(value: IndicatorValue): Promise<void> {
    const figure = storedFigure(value);
    const indicator = this.#indicators.get(figure.indicatorId);
    if (!indicator) throw new UnknownIndicatorError(figure.indicatorId);
    this.#write(figure);
    this.events.record({ type: 'values', planId: indicator.planId, ids: [figure.indicatorId] });
  }

  /** An indicator with its plan's year and its current figures, for the alerts a save raises. */
  #figureContext(indicatorId: string): FigureContext | undefined {
    const indicator = this.#indicators.get(indicatorId);
    const plan = indicator && this.#plans.get(indicator.planId);
    if (!indicator || !plan) return undefined;
    const figures = [...this.#currentFigures.values()].filter((figure) => figure.indicatorId === indicatorId);
    return { indicator, year: plan.year, figures };
  }

  #write(figure: IndicatorValue): void {
    this.#currentFigures.set(figureKey(figure), figure);
    this.#revisions.push({ sequence: this.#nextSequence++, value: structuredClone(figure) });
  }

  async hasDemoData(planId: string): Promise<boolean> {
    return (
      [...this.#currentFigures.values()].some((value) => value.isDemo && this.#isOfPlan(value, planId)) ||
      (await this.projects.hasDemo(planId))
    );
  }

  async removeDemoData(planId: string): Promise<number> {
    const isDemoOfPlan = (value: IndicatorValue) => value.isDemo && this.#isOfPlan(value, planId);
    const indicatorIds = [...this.#indicators.values()].filter((i) => i.planId === planId).map((i) => i.id);
    this.#revisions = this.#revisions.filter((revision) => !isDemoOfPlan(revision.value));
    let removed = 0;
    for (const [key, value] of this.#currentFigures) {
      if (isDemoOfPlan(value)) {
        this.#currentFigures.delete(key);
        removed += 1;
      }
    }
    if (removed > 0) this.events.record({ type: 'values', planId, ids: indicatorIds });
    await this.projects.removeDemo(planId);
    return removed;
  }

  #isOfPlan(value: IndicatorValue, planId: string): boolean {
    return this.#indicators.get(value.indicatorId)?.planId === planId;
  }

  async close(): Promise<void> {}
}
