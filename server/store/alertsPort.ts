/**
 * Alerts, the notification centre and webhook deliveries, exposed as `store.alerts`.
 *
 * Raising an alert is part of the change that raises it: inside a write's transaction call
 * `raiseAlert(trx, input)` (SQL, server/store/sql/alertOutbox.ts; or the `raise` handed to
 * `SqlEvents.write`'s work) or `store.alerts.raiseNow(input)` (memory, in the same synchronous step
 * that changes the maps). The alert and one pending delivery per matching enabled webhook are then
 * stored with the change, or not at all. `raise` is for raises that are a change of their own (the
 * calendar scan). A raise whose dedupe key is already stored does nothing.
 */
import type { Alert, DeliveryAttempt, Notification, Webhook } from '../../src/api/alertsContract';
import type { SessionUser } from '../../src/api/authContract';
import type { AlertInput } from '../../src/domain/alerts/alertRules';
import type { AuditEntryInput } from './auditPort';

export type { AlertInput };

/** Who reads notifications: their id, role and departments. */
export type Reader = Pick<SessionUser, 'id' | 'role' | 'departments'>;

export type WebhookChanges = Partial<
  Pick<Webhook, 'name' | 'url' | 'format' | 'rules' | 'departments' | 'enabled'>
>;

export type UpdateWebhookResult =
  { kind: 'updated'; webhook: Webhook } | { kind: 'stale'; current: Webhook } | { kind: 'missing' };

export type StoredDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** A delivery with its alert and webhook, as the log and the worker read it. */
export interface StoredDelivery {
  id: string;
  webhook: Webhook;
  alert: Alert;
  status: StoredDeliveryStatus;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: DeliveryAttempt[];
}

/** What became of one try: delivered (2xx), to be tried again at a time, or given up. */
export type AttemptOutcome =
  { status: 'delivered' } | { status: 'pending'; nextAttemptAt: string } | { status: 'failed' };

export interface AlertsPort {
  /** Raises the alerts in a transaction of their own; returns the ones stored (not those already raised). */
  raise(inputs: AlertInput[]): Promise<Alert[]>;
  /** The alerts addressed to the reader (newest first, at most `limit`) with their read marks, and the unread count. */
  notifications(reader: Reader, limit: number): Promise<{ notifications: Notification[]; unread: number }>;
  /** Marks these of the reader's alerts read (all of them when `ids` is 'all'); returns the unread count after. */
  markRead(reader: Reader, ids: string[] | 'all', at: string): Promise<number>;

  /** Ordered by name, then id. */
  listWebhooks(): Promise<Webhook[]>;
  getWebhook(id: string): Promise<Webhook | null>;
  /** Stores a new webhook (version 1) and its audit entries together. */
  createWebhook(webhook: Webhook, audit: AuditEntryInput[]): Promise<Webhook>;
  /** Applies the changes at `expectedVersion`, with the audit entries in the same transaction. */
  updateWebhook(
    id: string,
    expectedVersion: number,
    changes: WebhookChanges,
    at: string,
    audit: (before: Webhook, after: Webhook) => AuditEntryInput[],
  ): Promise<UpdateWebhookResult>;

  /** The delivery log, newest first. */
  deliveries(filter: { webhookId?: string; limit: number }): Promise<StoredDelivery[]>;
  /**
   * Claims up to `limit` pending deliveries due at `now` that no live lease holds, for `owner`
   * until `leaseUntil`. Claiming is atomic: two workers never hold one delivery at once.
   */
  claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<StoredDelivery[]>;
  /**
   * Records a try of a claimed delivery and what became of it, and frees the lease; false (and
   * nothing recorded) when `owner` no longer holds it.
   */
  finishAttempt(
    deliveryId: string,
    owner: string,
    attempt: DeliveryAttempt,
    outcome: AttemptOutcome,
  ): Promise<boolean>;
}
