/**
 * The tables of the SQL store, as Kysely sees them. Documents (plan, indicator, work item) are
 * JSON text in both dialects; the columns beside them are the ones queries filter, order or
 * check versions on. Times are ISO-8601 UTC text, so they compare correctly as strings.
 */
import type { Generated } from 'kysely';
import type { SessionsTable, SignInFailuresTable, UsersTable } from './accountsTables';
import type {
  AlertReadsTable,
  AlertsTable,
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhooksTable,
} from './alertsMigration';
import type { AuditEntriesTable } from './auditTables';
import type { EventsTable } from './eventsMigration';
import type { BenchmarkSeriesTable, DepartmentsTable } from './planDocumentsMigration';
import type { ProjectsTable } from './projectsMigration';

export interface PlansTable {
  id: string;
  /** The Plan as JSON, without its indicators and work items. */
  doc: string;
  version: number;
  updated_at: string;
}

export interface IndicatorsTable {
  id: string;
  plan_id: string;
  action_id: string | null;
  ord: number;
  /** The Indicator as JSON. */
  doc: string;
  version: number;
  updated_at: string;
}

export interface WorkItemsTable {
  id: string;
  plan_id: string;
  action_id: string;
  ord: number;
  /** The WorkItem as JSON. */
  doc: string;
  version: number;
  updated_at: string;
}

/** The columns of one recorded figure, shared by the current figure and its revisions. */
export interface FigureColumns {
  indicator_id: string;
  period: string;
  value: number | null;
  judgement: string | null;
  achieved_on: string | null;
  note: string | null;
  source: string | null;
  /** 1 for a demo figure, 0 for a real one (an integer in both dialects). */
  is_demo: number;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** The current figure of an indicator for a period; primary key (indicator_id, period). */
export type IndicatorValuesTable = FigureColumns;

/** Append-only history: every write of a figure adds one row. */
export interface ValueRevisionsTable extends FigureColumns {
  id: Generated<number>;
}

export interface StoreDatabase {
  plans: PlansTable;
  indicators: IndicatorsTable;
  work_items: WorkItemsTable;
  indicator_values: IndicatorValuesTable;
  value_revisions: ValueRevisionsTable;
  audit_entries: AuditEntriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  projects: ProjectsTable;
  events: EventsTable;
  benchmark_series: BenchmarkSeriesTable;
  departments: DepartmentsTable;
  alerts: AlertsTable;
  alert_reads: AlertReadsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}
