/**
 * What a store offers plan editing: one all-or-nothing unit of work over the plan documents (plans,
 * indicators, work items, benchmark series, departments) and the audit trail. The editing rules
 * (server/store/plans/planEditing.ts) are written once over it; memory and SQL only read and write.
 */
import type { AuditEntryInput } from '../../../src/domain/audit';
import type { PlanChange as LiveEvent } from '../../../src/domain/changes';
import type { BenchmarkSeries, Department, Indicator, Plan, WorkItem } from '../../../src/domain/model';

export interface PlanDocuments {
  plan(planId: string): Promise<Plan | null>;
  plans(): Promise<Plan[]>;
  indicator(indicatorId: string): Promise<Indicator | null>;
  /** Ordered by `order`, then id. */
  indicators(planId: string): Promise<Indicator[]>;
  workItem(workItemId: string): Promise<WorkItem | null>;
  /** Ordered by `order`, then id. */
  workItems(planId: string): Promise<WorkItem[]>;
  benchmark(seriesId: string): Promise<BenchmarkSeries | null>;
  /** Ordered by id. */
  benchmarks(planId: string): Promise<BenchmarkSeries[]>;
  department(departmentId: string): Promise<Department | null>;
  /** Ordered by id; every organisation's when none is named. */
  departments(organisation?: string): Promise<Department[]>;
  /** True when any figure (current or a revision) is stored for the indicator. */
  hasFigures(indicatorId: string): Promise<boolean>;
  /**
   * Writes the document. With `expectedVersion` null it is created, and false means the id is taken;
   * otherwise it replaces the stored one only while that is still at `expectedVersion`, and false
   * means it moved on (or is gone).
   */
  putPlan(plan: Plan, expectedVersion: number | null): Promise<boolean>;
  putIndicator(indicator: Indicator, expectedVersion: number | null): Promise<boolean>;
  putWorkItem(workItem: WorkItem, expectedVersion: number | null): Promise<boolean>;
  putBenchmark(series: BenchmarkSeries, expectedVersion: number | null): Promise<boolean>;
  putDepartment(department: Department, expectedVersion: number | null): Promise<boolean>;
  appendAudit(entries: AuditEntryInput[]): Promise<void>;
}

/** Stores a live event with the unit of work it belongs to (the change log: server/store/eventsPort.ts). */
export type PublishPlanEvent = (event: LiveEvent) => void;

/**
 * Runs `work` as one transaction: when it throws, nothing it wrote is kept, and the error goes on
 * to the caller. Writers take turns, so what `work` read is what it replaces. What `work`
 * publishes is stored in the change log with it, and only with it.
 */
export type RunPlanDocuments = <T>(
  work: (documents: PlanDocuments, publish: PublishPlanEvent) => Promise<T>,
) => Promise<T>;
