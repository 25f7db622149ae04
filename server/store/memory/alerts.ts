/**
 * Alerts, notifications and webhook deliveries in memory (server/store/alertsPort.ts), for the
 * mock and fast tests. `raiseNow` runs in the same synchronous step as the change that raises the
 * alert, as the SQL outbox runs in its transaction. The mock never sends webhooks (it runs in the
 * browser); its deliveries stay pending. Browser-safe.
 */
import {
  webhookSchema,
  type Alert,
  type DeliveryAttempt,
  type Webhook,
} from '../../../src/api/alertsContract';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
import {
  dedupeKeyOf,
  isAddressedTo,
  raisedAlert,
  webhookWants,
} from '../../../src/domain/alerts/raisedAlert';
import type {
  AlertsPort,
  AttemptOutcome,
  Reader,
  StoredDelivery,
  UpdateWebhookResult,
  WebhookChanges,
} from '../alertsPort';
import type { AuditEntryInput } from '../auditPort';
import type { MemoryAudit } from './audit';

interface DeliveryRow {
  id: string;
  webhookId: string;
  alertId: string;
  status: StoredDelivery['status'];
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  deliveredAt: string | null;
  attempts: DeliveryAttempt[];
}

export class MemoryAlerts implements AlertsPort {
  readonly #alerts: Alert[] = [];
  readonly #dedupeKeys = new Set<string>();
  readonly #reads = new Map<string, Set<string>>();
  readonly #webhooks = new Map<string, Webhook>();
  readonly #deliveries: DeliveryRow[] = [];

  constructor(private readonly audit: MemoryAudit) {}

  /** Raises the alerts now, inside the caller's change; returns the ones stored. */
  raiseNow(...inputs: AlertInput[]): Alert[] {
    const raised: Alert[] = [];
    for (const input of inputs) {
      const now = new Date().toISOString();
      const id = crypto.randomUUID();
      const key = dedupeKeyOf(input, id);
      if (this.#dedupeKeys.has(key)) continue;
      const alert = raisedAlert(input, id, now);
      this.#dedupeKeys.add(key);
      this.#alerts.push(alert);
      for (const webhook of this.#webhooks.values())
        if (webhookWants(webhook, alert))
          this.#deliveries.push({
            id: crypto.randomUUID(),
            webhookId: webhook.id,
            alertId: id,
            status: 'pending',
            nextAttemptAt: now,
            leaseOwner: null,
            leaseUntil: null,
            deliveredAt: null,
            attempts: [],
          });
      raised.push(alert);
    }
    return structuredClone(raised);
  }

  async raise(inputs: AlertInput[]): Promise<Alert[]> {
    return this.raiseNow(...inputs);
  }

  #visible(reader: Reader): Alert[] {
    return this.#alerts.filter((alert) => isAddressedTo(alert, reader)).reverse();
  }

  #unread(reader: Reader): number {
    const read = this.#reads.get(reader.id) ?? new Set<string>();
    return this.#visible(reader).filter((alert) => !read.has(alert.id)).length;
  }

  async notifications(reader: Reader, limit: number) {
    const read = this.#reads.get(reader.id) ?? new Set<string>();
    return {
      notifications: structuredClone(
        this.#visible(reader)
          .slice(0, limit)
          .map((alert) => ({ ...alert, read: read.has(alert.id) })),
      ),
      unread: this.#unread(reader),
    };
  }

  async markRead(reader: Reader, ids: string[] | 'all'): Promise<number> {
    const read = this.#reads.get(reader.id) ?? new Set<string>();
    const wanted = ids === 'all' ? null : new Set(ids);
    for (const alert of this.#visible(reader)) if (!wanted || wanted.has(alert.id)) read.add(alert.id);
    this.#reads.set(reader.id, read);
    return this.#unread(reader);
  }

  async listWebhooks(): Promise<Webhook[]> {
    return structuredClone(
      [...this.#webhooks.values()].sort(
        (a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id),
      ),
    );
  }

  async getWebhook(id: string): Promise<Webhook | null> {
    const webhook = this.#webhooks.get(id);
    return webhook ? structuredClone(webhook) : null;
  }

  async createWebhook(webhook: Webhook, audit: AuditEntryInput[]): Promise<Webhook> {
    const stored = webhookSchema.parse(structuredClone(webhook));
    if (this.#webhooks.has(stored.id)) throw new Error(`webhook already stored: ${stored.id}`);
    this.audit.appendNow(audit);
    this.#webhooks.set(stored.id, stored);
    return structuredClone(stored);
  }

  async updateWebhook(
    id: string,
    expectedVersion: number,
    changes: WebhookChanges,
    at: string,
    audit: (before: Webhook, after: Webhook) => AuditEntryInput[],
  ): Promise<UpdateWebhookResult> {
    const current = this.#webhooks.get(id);
    if (!current) return { kind: 'missing' };
    if (current.version !== expectedVersion) return { kind: 'stale', current: structuredClone(current) };
    const next = webhookSchema.parse({
      ...structuredClone(current),
      ...structuredClone(changes),
      version: current.version + 1,
      updatedAt: at,
    });
    this.audit.appendNow(audit(current, next));
    this.#webhooks.set(id, next);
    return { kind: 'updated', webhook: structuredClone(next) };
  }

  #stored(row: DeliveryRow): StoredDelivery | null {
    const webhook = this.#webhooks.get(row.webhookId);
    const alert = this.#alerts.find((candidate) => candidate.id === row.alertId);
    if (!webhook || !alert) return null;
    return structuredClone({
      id: row.id,
      webhook,
      alert,
      status: row.status,
      nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
      deliveredAt: row.deliveredAt,
      attempts: row.attempts,
    });
  }

  async deliveries(filter: { webhookId?: string; limit: number }): Promise<StoredDelivery[]> {
    return [...this.#deliveries]
      .reverse()
      .filter((row) => filter.webhookId === undefined || row.webhookId === filter.webhookId)
      .slice(0, filter.limit)
      .flatMap((row) => this.#stored(row) ?? []);
  }

  async claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<StoredDelivery[]> {
    const due = this.#deliveries
      .filter(
        (row) =>
          row.status === 'pending' &&
          row.nextAttemptAt <= now &&
          (row.leaseUntil === null || row.leaseUntil < now),
      )
      .slice(0, limit);
    for (const row of due) {
      row.leaseOwner = owner;
      row.leaseUntil = leaseUntil;
    }
    return due.flatMap((row) => this.#stored(row) ?? []);
  }

  async finishAttempt(
    deliveryId: string,
    owner: string,
    attempt: DeliveryAttempt,
    outcome: AttemptOutcome,
  ): Promise<boolean> {
    const row = this.#deliveries.find((candidate) => candidate.id === deliveryId);
    if (!row || row.leaseOwner !== owner || row.status !== 'pending') return false;
    row.attempts.push(structuredClone(attempt));
    row.status = outcome.status;
    if (outcome.status === 'pending') row.nextAttemptAt = outcome.nextAttemptAt;
    if (outcome.status === 'delivered') row.deliveredAt = attempt.at;
    row.leaseOwner = null;
    row.leaseUntil = null;
    return true;
  }
}
