/**
 * The storage port. The Hono app speaks only to this interface; three adapters implement it:
 * memory (the mock API and fast tests), SQLite (the embedded default) and PostgreSQL.
 */
import type { Indicator, IndicatorValue, Plan, PlanSummary, WorkItem } from '../../src/domain/model';

export type StorageKind = 'memory' | 'sqlite' | 'postgres';

/** Everything a fresh database is filled with: the plan, and optionally demo figures. */
export interface SeedData {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
  /** Demo figures (isDemo true) recorded at the end of their period. */
  values: IndicatorValue[];
}

export interface PlanContents {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
}

export interface Store {
  readonly kind: StorageKind;
  /** Throws when the storage cannot be reached. */
  ping(): Promise<void>;
  /** True when no plan is stored yet: the server seeds it then. */
  isEmpty(): Promise<boolean>;
  /** Writes the whole seed in one transaction. */
  seed(data: SeedData): Promise<void>;

  /** Ordered by plan id. */
  listPlans(): Promise<PlanSummary[]>;
  /** Indicators and work items ordered by their `order`, then id. */
  getPlan(planId: string): Promise<PlanContents | null>;
  getIndicator(indicatorId: string): Promise<Indicator | null>;

  /**
   * The figures of a plan (or of one indicator), one per indicator and period. With a cutoff
   * (ISO instant) each is the latest revision recorded at or before it, and figures first
   * recorded after it are left out; without one, the current figures. "Latest" is the greatest
   * recordedAt, and on equal recordedAt the later write. Ordered by indicator id, then period.
   */
  listValues(filter: { planId: string; indicatorId?: string; cutoff?: string }): Promise<IndicatorValue[]>;

  /**
   * Makes `value` the current figure of its indicator and period and appends it to that figure's
   * revisions. `recordedAt` is stored as a canonical UTC ISO instant. Throws UnknownIndicatorError
   * (server/store/errors.ts) when the indicator is not stored. No version check yet.
   */
  recordValue(value: IndicatorValue): Promise<void>;

  /** True while any demo figure is stored. */
  hasDemoData(planId: string): Promise<boolean>;
  /** Removes every demo figure and its revisions; returns how many figures went. */
  removeDemoData(planId: string): Promise<number>;

  close(): Promise<void>;
}
