/**
 * Alerts, notifications and webhook deliveries over SQL (server/store/alertsPort.ts). A claim is
 * one `UPDATE … WHERE status = 'pending' AND the lease is free`, so of two workers (two servers on
 * one PostgreSQL, or a restarted one) only one takes a delivery: the second UPDATE waits for the
 * first to commit, then finds the lease taken. Finishing an attempt checks the lease is still its own.
 */
import type { Kysely } from 'kysely';
import {
  alertSchema,
  webhookSchema,
  type Alert,
  type DeliveryAttempt,
  type Webhook,
} from '../../../src/api/alertsContract';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
import type {
  AlertsPort,
  AttemptOutcome,
  Reader,
  StoredDelivery,
  StoredDeliveryStatus,
  UpdateWebhookResult,
  WebhookChanges,
} from '../alertsPort';
import type { AuditEntryInput } from '../auditPort';
import { appendAuditRows } from './audit';
import { raiseAlerts } from './alertOutbox';
import type { SqlEvents } from './events';
import type { StoreDatabase } from './tables';

const parseAlert = (doc: string): Alert => alertSchema.parse(JSON.parse(doc));
const parseWebhook = (doc: string): Webhook => webhookSchema.parse(JSON.parse(doc));

export class SqlAlerts implements AlertsPort {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly events: SqlEvents,
  ) {}

  raise(inputs: AlertInput[]): Promise<Alert[]> {
    return this.events.write((trx) => raiseAlerts(trx, inputs));
  }

  private visibleTo(reader: Reader) {
    return this.db
      .selectFrom('alerts')
      .$if(reader.role !== 'admin', (qb) =>
        reader.departments.length === 0
          ? qb.where('alerts.id', '=', '')
          : qb.where('alerts.department', 'in', reader.departments),
      );
  }

  private async unreadCount(reader: Reader): Promise<number> {
    const row = await this.visibleTo(reader)
      .leftJoin('alert_reads', (join) =>
        join.onRef('alert_reads.alert_id', '=', 'alerts.id').on('alert_reads.user_id', '=', reader.id),
      )
      .where('alert_reads.alert_id', 'is', null)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  async notifications(reader: Reader, limit: number) {
    const rows = await this.visibleTo(reader)
      .leftJoin('alert_reads', (join) =>
        join.onRef('alert_reads.alert_id', '=', 'alerts.id').on('alert_reads.user_id', '=', reader.id),
      )
      .select(['alerts.doc', 'alert_reads.read_at'])
      .orderBy('alerts.created_at', 'desc')
      .orderBy('alerts.id', 'desc')
      .limit(limit)
      .execute();
    return {
      notifications: rows.map((row) => ({ ...parseAlert(row.doc), read: row.read_at !== null })),
      unread: await this.unreadCount(reader),
    };
  }

  async markRead(reader: Reader, ids: string[] | 'all', at: string): Promise<number> {
    await this.db.transaction().execute(async (trx) => {
      const unread = await trx
        .selectFrom('alerts')
        .$if(reader.role !== 'admin', (qb) =>
          reader.departments.length === 0
            ? qb.where('alerts.id', '=', '')
            : qb.where('alerts.department', 'in', reader.departments),
        )
        .$if(ids !== 'all', (qb) => qb.where('alerts.id', 'in', ids === 'all' ? [] : ids))
        .leftJoin('alert_reads', (join) =>
          join.onRef('alert_reads.alert_id', '=', 'alerts.id').on('alert_reads.user_id', '=', reader.id),
        )
        .where('alert_reads.alert_id', 'is', null)
        .select('alerts.id')
        .execute();
      for (let start = 0; start < unread.length; start += 200)
        await trx
          .insertInto('alert_reads')
          .values(
            unread
              .slice(start, start + 200)
              .map((row) => ({ user_id: reader.id, alert_id: row.id, read_at: at })),
          )
          .onConflict((oc) => oc.columns(['user_id', 'alert_id']).doNothing())
          .execute();
    });
    return this.unreadCount(reader);
  }

  async listWebhooks(): Promise<Webhook[]> {
    const rows = await this.db.selectFrom('webhooks').select('doc').execute();
    return rows.map((row) => parseWebhook(row.doc)).sort(byNameThenId);
  }

  async getWebhook(id: string): Promise<Webhook | null> {
    const row = await this.db.selectFrom('webhooks').select('doc').where('id', '=', id).executeTakeFirst();
    return row ? parseWebhook(row.doc) : null;
  }

  async createWebhook(webhook: Webhook, audit: AuditEntryInput[]): Promise<Webhook> {
    const stored = webhookSchema.parse(webhook);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhooks')
        .values({
          id: stored.id,
          doc: JSON.stringify(stored),
          version: stored.version,
          updated_at: stored.updatedAt,
        })
        .execute();
      await appendAuditRows(trx, audit);
    });
    return stored;
  }

  async updateWebhook(
    id: string,
    expectedVersion: number,
    changes: WebhookChanges,
    at: string,
    audit: (before: Webhook, after: Webhook) => AuditEntryInput[],
  ): Promise<UpdateWebhookResult> {
    return this.db.transaction().execute(async (trx): Promise<UpdateWebhookResult> => {
      const row = await trx.selectFrom('webhooks').select('doc').where('id', '=', id).executeTakeFirst();
      if (!row) return { kind: 'missing' };
      const current = parseWebhook(row.doc);
      if (current.version !== expectedVersion) return { kind: 'stale', current };
      const next = webhookSchema.parse({
        ...current,
        ...changes,
        version: current.version + 1,
        updatedAt: at,
      });
      const updated = await trx
        .updateTable('webhooks')
        .set({ doc: JSON.stringify(next), version: next.version, updated_at: at })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const latest = await trx.selectFrom('webhooks').select('doc').where('id', '=', id).executeTakeFirst();
        return { kind: 'stale', current: latest ? parseWebhook(latest.doc) : current };
      }
      await appendAuditRows(trx, audit(current, next));
      return { kind: 'updated', webhook: next };
    });
  }

  private async withDetails(
    rows: {
      id: string;
      status: string;
      next_attempt_at: string;
      delivered_at: string | null;
      webhook_doc: string;
      alert_doc: string;
    }[],
  ): Promise<StoredDelivery[]> {
    if (rows.length === 0) return [];
    const attemptRows = await this.db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where(
        'delivery_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('id')
      .execute();
    const attempts = new Map<string, DeliveryAttempt[]>();
    for (const attempt of attemptRows) {
      const list = attempts.get(attempt.delivery_id) ?? [];
      list.push({
        at: attempt.at,
        httpStatus: attempt.http_status === null ? null : Number(attempt.http_status),
        error: attempt.error,
        durationMs: Number(attempt.duration_ms),
      });
      attempts.set(attempt.delivery_id, list);
    }
    return rows.map((row) => {
      const status = row.status as StoredDeliveryStatus;
      return {
        id: row.id,
        webhook: parseWebhook(row.webhook_doc),
        alert: parseAlert(row.alert_doc),
        status,
        nextAttemptAt: status === 'pending' ? row.next_attempt_at : null,
        deliveredAt: row.delivered_at,
        attempts: attempts.get(row.id) ?? [],
      };
    });
  }

  private deliveryRows() {
    return this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
      .innerJoin('alerts as a', 'a.id', 'd.alert_id')
      .select([
        'd.id',
        'd.status',
        'd.next_attempt_at',
        'd.delivered_at',
        'd.created_at',
        'w.doc as webhook_doc',
        'a.doc as alert_doc',
      ]);
  }

  async deliveries(filter: { webhookId?: string; limit: number }): Promise<StoredDelivery[]> {
    const rows = await this.deliveryRows()
      .$if(filter.webhookId !== undefined, (qb) => qb.where('d.webhook_id', '=', filter.webhookId ?? ''))
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(filter.limit)
      .execute();
    return this.withDetails(rows);
  }

  async claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<StoredDelivery[]> {
    const candidates = await this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    const claimed: string[] = [];
    for (const { id } of candidates) {
      const updated = await this.db
        .updateTable('webhook_deliveries')
        .set({ lease_owner: owner, lease_until: leaseUntil })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) claimed.push(id);
    }
    if (claimed.length === 0) return [];
    const rows = await this.deliveryRows()
      .where('d.id', 'in', claimed)
      .orderBy('d.next_attempt_at')
      .execute();
    return this.withDetails(rows);
  }

  async finishAttempt(
    deliveryId: string,
    owner: string,
    attempt: DeliveryAttempt,
    outcome: AttemptOutcome,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status: outcome.status,
          attempts: eb('attempts', '+', 1),
          ...(outcome.status === 'pending' ? { next_attempt_at: outcome.nextAttemptAt } : {}),
          ...(outcome.status === 'delivered' ? { delivered_at: attempt.at } : {}),
          lease_owner: null,
          lease_until: null,
        }))
        .where('id', '=', deliveryId)
        .where('lease_owner', '=', owner)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return false;
      await trx
        .insertInto('webhook_attempts')
        .values({
          delivery_id: deliveryId,
          at: attempt.at,
          http_status: attempt.httpStatus,
          error: attempt.error,
          duration_ms: attempt.durationMs,
        })
        .execute();
      return true;
    });
  }
}

function byNameThenId(a: Webhook, b: Webhook): number {
  return a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}
