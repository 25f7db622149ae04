/**
 * The storage port. The Hono app speaks only to this interface; three adapters implement it:
 * memory (the mock API and fast tests), SQLite (the embedded default) and PostgreSQL.
 */
import type {
  Department,
  Indicator,
  IndicatorValue,
  Plan,
  PlanSummary,
  WorkItem,
} from '../../src/domain/model';
import type { Project } from '../../src/domain/projects/model';
import type { AccountsPort } from './accountsPort';
import type { AlertsPort } from './alertsPort';
import type { AuditPort } from './auditPort';
import type { EventsPort } from './eventsPort';
import type { PlanEditing } from './plans/planEditing';
import type { PresentationsPort } from './presentationsPort';
import type { ProjectsPort } from './projectsPort';
import type { VersionedWrites } from './writesPort';

export type StorageKind = 'memory' | 'sqlite' | 'postgres';

/** Everything a fresh database is filled with: the plan, and optionally demo figures. */
export interface SeedData {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
  /** Demo figures (isDemo true) recorded at the end of their period. */
  values: IndicatorValue[];
  /** The departments of the plan's organisation. */
  departments?: Department[];
  /** The project registry to start with (the demo one: isDemo true). */
  projects?: Project[];
}

export interface PlanContents {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
}

/** Versioned writes of figures and definitions are in ./writesPort.ts. */
export interface Store extends VersionedWrites {
  readonly kind: StorageKind;
  /** Users and their sessions (server/store/accountsPort.ts). */
  readonly accounts: AccountsPort;
  /** The append-only audit trail (server/store/auditPort.ts). */
  readonly audit: AuditPort;
  /** Saved slide decks and meeting snapshots (server/store/presentationsPort.ts). */
  readonly presentations: PresentationsPort;
  /** The project registry (server/store/projectsPort.ts). */
  readonly projects: ProjectsPort;
  /** The change log behind live updates, written with every change (server/store/eventsPort.ts). */
  readonly events: EventsPort;
  /** Alerts (the outbox), the notification centre and webhook deliveries (server/store/alertsPort.ts). */
  readonly alerts: AlertsPort;
  /** Plans, their frame, indicators, work items, benchmark series and departments, edited (server/store/plans/). */
  readonly planEditing: PlanEditing;
  /** Throws when the storage cannot be reached. */
  ping(): Promise<void>;
  /** The schema migrations this code has that the storage has not applied (none for memory). */
  pendingMigrations(): Promise<string[]>;
  /** True when no plan is stored yet: the server seeds it then. */
  isEmpty(): Promise<boolean>;
  /** Writes the whole seed in one transaction. */
  seed(data: SeedData): Promise<void>;

  /** Ordered by plan id. */
  listPlans(): Promise<PlanSummary[]>;
  /** The plan alone (its frame, without indicators and work items), or null. */
  findPlan(planId: string): Promise<Plan | null>;
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

  /** True while any demo figure or demo project is stored. */
  hasDemoData(planId: string): Promise<boolean>;
  /**
   * Removes every demo figure and its revisions, and every demo project, together; returns how
   * many figures went (count demo projects beforehand to report those).
   */
  removeDemoData(planId: string): Promise<number>;

  close(): Promise<void>;
}
