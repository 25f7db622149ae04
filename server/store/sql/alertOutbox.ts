/**
 * The alert outbox over SQL. `raiseAlert` runs inside the transaction of the change that raises the
 * alert: it stores the alert (nothing when its dedupe key is stored already) and one pending
 * delivery for each enabled webhook whose rules and departments match, so that the change, the
 * alert and its deliveries commit together. A rolled-back change leaves none of them.
 */
import type { Kysely, Transaction } from 'kysely';
import { webhookSchema, type Alert } from '../../../src/api/alertsContract';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
import { dedupeKeyOf, raisedAlert, webhookWants } from '../../../src/domain/alerts/raisedAlert';
import type { StoreDatabase } from './tables';

type Executor = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Raises one alert in the caller's transaction; returns it, or null when its dedupe key was raised before. */
export async function raiseAlert(trx: Executor, input: AlertInput): Promise<Alert | null> {
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  const alert = raisedAlert(input, id, now);
  const inserted = await trx
    .insertInto('alerts')
    .values({
      id,
      dedupe_key: dedupeKeyOf(input, id),
      rule: alert.rule,
      plan_id: alert.planId,
      department: alert.department,
      doc: JSON.stringify(alert),
      created_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return null;
  const webhooks = (await trx.selectFrom('webhooks').select('doc').execute()).map((row) =>
    webhookSchema.parse(JSON.parse(row.doc)),
  );
  const wanting = webhooks.filter((webhook) => webhookWants(webhook, alert));
  if (wanting.length > 0)
    await trx
      .insertInto('webhook_deliveries')
      .values(
        wanting.map((webhook) => ({
          id: crypto.randomUUID(),
          webhook_id: webhook.id,
          alert_id: id,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          lease_owner: null,
          lease_until: null,
          delivered_at: null,
          created_at: now,
        })),
      )
      .execute();
  return alert;
}

/** Raises each in turn in the caller's transaction; returns the ones stored. */
export async function raiseAlerts(trx: Executor, inputs: readonly AlertInput[]): Promise<Alert[]> {
  const raised: Alert[] = [];
  for (const input of inputs) {
    const alert = await raiseAlert(trx, input);
    if (alert) raised.push(alert);
  }
  return raised;
}
