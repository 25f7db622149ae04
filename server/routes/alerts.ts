/**
 * The notification centre and the outgoing webhooks. Mounted at /api.
 * - `GET /notifications`, `GET /notifications/unread`, `POST /notifications/read`: any signed-in
 *   user, about the alerts addressed to them (their departments'; every alert for admins).
 *   Marking read is idempotent and touches only the reader's own marks, so it carries no version.
 * - `GET/POST /webhooks`, `PATCH /webhooks/:webhookId` (versioned: 409 with the stored webhook),
 *   `GET /webhook-deliveries`: admins. Each webhook change is audited in its transaction.
 * A webhook's address must be http(s); one of this machine or a private network is refused unless
 * the server allows local addresses (WEBHOOKS_ALLOW_LOCAL, server/alerts/webhookAddress.ts).
 */
import { Hono } from 'hono';
import {
  deliveriesQuerySchema,
  markReadBodySchema,
  notificationsQuerySchema,
  webhookBodySchema,
  webhookPatchBodySchema,
  type Delivery,
  type Webhook,
} from '../../src/api/alertsContract';
import type { AuditEntryInput } from '../../src/api/auditContract';
import type { SessionUser } from '../../src/api/authContract';
import { webhookAddressRefusal } from '../alerts/webhookAddress';
import { webhookMessage } from '../alerts/webhookMessages';
import { requireAdmin, requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { StoredDelivery } from '../store/alertsPort';
import type { Store } from '../store/port';

const addressReasons = {
  scheme: { zh: '只能是 http:// 或 https:// 地址', en: 'must be an http:// or https:// address' },
  local: {
    zh: '不能是本机或内网地址(如需推送到内网,请由管理员设置 WEBHOOKS_ALLOW_LOCAL=1)',
    en: 'may not be an address of this machine or a private network (set WEBHOOKS_ALLOW_LOCAL=1 on the server to allow one)',
  },
} as const;

function checkAddress(url: string, allowLocal: boolean): void {
  const refused = webhookAddressRefusal(url, allowLocal);
  if (refused) throw new ApiProblem('invalidBody', { field: 'url', reason: addressReasons[refused] });
}

/** The audit entry of a webhook change: what it was and what it became. */
function webhookAudit(
  user: SessionUser,
  before: Webhook | null,
  after: Webhook,
  note: string,
): AuditEntryInput {
  const shown = (webhook: Webhook | null) =>
    webhook && {
      name: webhook.name,
      url: webhook.url,
      format: webhook.format,
      rules: webhook.rules,
      departments: webhook.departments,
      enabled: webhook.enabled,
    };
  return {
    actor: user.username,
    actorName: user.displayName,
    entityType: 'webhook',
    entityId: after.id,
    planId: 'webhooks',
    oldValue: shown(before),
    newValue: shown(after),
    note,
    at: after.updatedAt,
  };
}

function deliveryOf(stored: StoredDelivery): Delivery {
  return {
    id: stored.id,
    webhookId: stored.webhook.id,
    webhookName: stored.webhook.name,
    format: stored.webhook.format,
    alert: stored.alert,
    status: stored.status,
    nextAttemptAt: stored.nextAttemptAt,
    deliveredAt: stored.deliveredAt,
    attempts: stored.attempts,
    body: JSON.stringify(webhookMessage(stored.webhook.format, stored.alert)),
  };
}

export function alertRoutes(store: Store, options: { webhooksAllowLocal: boolean }) {
  return new Hono<AppEnv>()
    .get('/notifications', async (c) => {
      const user = requireSignedIn(c);
      const { limit } = parseQuery(notificationsQuerySchema, c.req.queries());
      return c.json(await store.alerts.notifications(user, limit ?? 50));
    })
    .get('/notifications/unread', async (c) => {
      const user = requireSignedIn(c);
      parseQuery(noQuerySchema, c.req.queries());
      const { unread } = await store.alerts.notifications(user, 1);
      return c.json({ unread });
    })
    .post('/notifications/read', writeBodyLimit, async (c) => {
      const user = requireSignedIn(c);
      const body = await readJsonBody(c, markReadBodySchema);
      const unread = await store.alerts.markRead(
        user,
        'all' in body ? 'all' : body.ids,
        new Date().toISOString(),
      );
      return c.json({ unread });
    })
    .get('/webhooks', async (c) => {
      requireAdmin(c);
      return c.json({ webhooks: await store.alerts.listWebhooks() });
    })
    .post('/webhooks', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const body = await readJsonBody(c, webhookBodySchema);
      checkAddress(body.url, options.webhooksAllowLocal);
      const at = new Date().toISOString();
      const webhook: Webhook = { id: crypto.randomUUID(), ...body, version: 1, createdAt: at, updatedAt: at };
      const created = await store.alerts.createWebhook(webhook, [webhookAudit(user, null, webhook, '')]);
      return c.json({ webhook: created }, 201);
    })
    .patch('/webhooks/:webhookId', writeBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const webhookId = parseIdParam('webhookId', c.req.param('webhookId'));
      const { version, ...changes } = await readJsonBody(c, webhookPatchBodySchema);
      if (changes.url !== undefined) checkAddress(changes.url, options.webhooksAllowLocal);
      const result = await store.alerts.updateWebhook(
        webhookId,
        version,
        changes,
        new Date().toISOString(),
        (before, after) => [webhookAudit(user, before, after, '')],
      );
      if (result.kind === 'missing') throw new ApiProblem('notFound', { field: 'webhookId' });
      if (result.kind === 'stale') throw new ApiProblem('conflict', { current: result.current });
      return c.json({ webhook: result.webhook });
    })
    .get('/webhook-deliveries', async (c) => {
      requireAdmin(c);
      const { webhookId, limit } = parseQuery(deliveriesQuerySchema, c.req.queries());
      const deliveries = await store.alerts.deliveries({
        ...(webhookId === undefined ? {} : { webhookId }),
        limit: limit ?? 50,
      });
      return c.json({ deliveries: deliveries.map(deliveryOf) });
    });
}
