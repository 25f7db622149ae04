/**
 * Plan editing over the memory store's maps. A unit of work writes into staging maps and applies
 * them (with its audit entries) only when it finishes without throwing, so a refused edit leaves
 * everything as it was; units take turns. Browser-safe.
 */
import type { AuditEntryInput } from '../../../src/api/entryContract';
import {
  benchmarkSeriesSchema,
  departmentSchema,
  indicatorSchema,
  planSchema,
  workItemSchema,
  type BenchmarkSeries,
  type Department,
  type Indicator,
  type Plan,
  type WorkItem,
} from '../../../src/domain/model';
import { byId, byOrderThenId } from '../ordering';
import type { PlanDocuments, RunPlanDocuments } from '../plans/documentsPort';
import type { MemoryAudit } from './audit';

interface Versioned {
  id: string;
  version: number;
}

/** One kind of document: the stored map and what the running unit has staged over it. */
class Staged<T extends Versioned> {
  readonly staged = new Map<string, T>();
  constructor(
    readonly stored: Map<string, T>,
    private readonly parse: (value: T) => T,
  ) {}

  get(id: string): T | null {
    const found = this.staged.get(id) ?? this.stored.get(id);
    return found ? structuredClone(found) : null;
  }

  all(): T[] {
    return [...new Map([...this.stored, ...this.staged]).values()].map((value) => structuredClone(value));
  }

  put(value: T, expectedVersion: number | null): boolean {
    const current = this.staged.get(value.id) ?? this.stored.get(value.id);
    if (expectedVersion === null ? current !== undefined : current?.version !== expectedVersion) return false;
    this.staged.set(value.id, this.parse(structuredClone(value)));
    return true;
  }

  apply(): void {
    for (const [id, value] of this.staged) this.stored.set(id, value);
  }
}

export interface MemoryPlanState {
  plans: Map<string, Plan>;
  indicators: Map<string, Indicator>;
  workItems: Map<string, WorkItem>;
  hasFigures(indicatorId: string): boolean;
  audit: MemoryAudit;
}

export class MemoryPlanDocuments {
  readonly benchmarks = new Map<string, BenchmarkSeries>();
  readonly departments = new Map<string, Department>();
  #turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly state: MemoryPlanState) {}

  readonly run: RunPlanDocuments = (work) => {
    const result = this.#turn.then(() => this.#runNow(work));
    this.#turn = result.catch(() => undefined);
    return result;
  };

  async #runNow<T>(work: (documents: PlanDocuments) => Promise<T>): Promise<T> {
    const plans = new Staged(this.state.plans, (plan) => planSchema.parse(plan));
    const indicators = new Staged(this.state.indicators, (indicator) => indicatorSchema.parse(indicator));
    const workItems = new Staged(this.state.workItems, (item) => workItemSchema.parse(item));
    const benchmarks = new Staged(this.benchmarks, (series) => benchmarkSeriesSchema.parse(series));
    const departments = new Staged(this.departments, (department) => departmentSchema.parse(department));
    const audit: AuditEntryInput[] = [];
    const documents: PlanDocuments = {
      plan: async (planId) => plans.get(planId),
      plans: async () => plans.all().sort(byId),
      indicator: async (indicatorId) => indicators.get(indicatorId),
      indicators: async (planId) =>
        indicators
          .all()
          .filter((i) => i.planId === planId)
          .sort(byOrderThenId),
      workItem: async (workItemId) => workItems.get(workItemId),
      workItems: async (planId) =>
        workItems
          .all()
          .filter((w) => w.planId === planId)
          .sort(byOrderThenId),
      benchmark: async (seriesId) => benchmarks.get(seriesId),
      benchmarks: async (planId) =>
        benchmarks
          .all()
          .filter((s) => s.planId === planId)
          .sort(byId),
      department: async (departmentId) => departments.get(departmentId),
      departments: async (organisation) =>
        departments
          .all()
          .filter((d) => organisation === undefined || d.organisation === organisation)
          .sort(byId),
      hasFigures: async (indicatorId) => this.state.hasFigures(indicatorId),
      putPlan: async (plan, expectedVersion) => plans.put(plan, expectedVersion),
      putIndicator: async (indicator, expectedVersion) => indicators.put(indicator, expectedVersion),
      putWorkItem: async (item, expectedVersion) => workItems.put(item, expectedVersion),
      putBenchmark: async (series, expectedVersion) => benchmarks.put(series, expectedVersion),
      putDepartment: async (department, expectedVersion) => departments.put(department, expectedVersion),
      appendAudit: async (entries) => {
        audit.push(...structuredClone(entries));
      },
    };
    const result = await work(documents);
    this.state.audit.appendNow(audit);
    for (const kind of [plans, indicators, workItems, benchmarks, departments]) kind.apply();
    return structuredClone(result);
  }
}
