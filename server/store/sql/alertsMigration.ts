/**
 * Migration 0014_alerts: the alert outbox and what hangs off it.
 * - `alerts`: every alert raised, written in the transaction of the change that raised it; a
 *   unique dedupe key makes the calendar scan's raises idempotent (overdue:indicator:period).
 * - `alert_reads`: which user has read which alert (the notification centre).
 * - `webhooks`: the admins' outgoing webhooks, as versioned JSON documents.
 * - `webhook_deliveries`: one row per alert and matching webhook, written with the alert; the
 *   delivery worker claims due rows with a lease and marks them delivered after a 2xx.
 * - `webhook_attempts`: every try, for the delivery log.
 */
import type { Generated, Kysely, Migration } from 'kysely';
import type { SqlDialectName } from './dialectName';

export interface AlertsTable {
  id: string;
  dedupe_key: string;
  rule: string;
  plan_id: string;
  /** The lead department told, or null (admins only). */
  department: string | null;
  /** The Alert as JSON. */
  doc: string;
  created_at: string;
}

export interface AlertReadsTable {
  user_id: string;
  alert_id: string;
  read_at: string;
}

export interface WebhooksTable {
  id: string;
  /** The Webhook as JSON. */
  doc: string;
  version: number;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  alert_id: string;
  /** pending, delivered or failed. */
  status: string;
  /** How many tries were made. */
  attempts: number;
  next_attempt_at: string;
  /** The worker holding the delivery and until when; another may claim it after. */
  lease_owner: string | null;
  lease_until: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  at: string;
  http_status: number | null;
  error: string | null;
  duration_ms: number;
}

export function alertsMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alerts')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('department', 'text')
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alerts_created_at')
        .ifNotExists()
        .on('alerts')
        .column('created_at')
        .execute();
      await db.schema
        .createTable('alert_reads')
        .ifNotExists()
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id'))
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_reads_pk', ['user_id', 'alert_id'])
        .execute();
      await db.schema
        .createTable('webhooks')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_deliveries')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id'))
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('webhook_deliveries_once', ['webhook_id', 'alert_id'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .ifNotExists()
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createTable('webhook_attempts')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('http_status', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_attempts_delivery')
        .ifNotExists()
        .on('webhook_attempts')
        .column('delivery_id')
        .execute();
    },
  };
}
