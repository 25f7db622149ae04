/**
 * Alerts (三色预警), the notification centre and outgoing webhooks: the schemas the client, the
 * server and the mock share. An alert is raised in the same transaction as the change that causes
 * it; it shows in the notification centre of the lead department's users and of admins, and it is
 * delivered to every enabled webhook whose rules and departments match.
 */
import { z } from 'zod';
import { bilingualSchema, periodSchema } from '../domain/model';

/**
 * What raises an alert:
 * - statusBehind: an indicator's status turned 滞后 (behind its schedule) after a figure was saved;
 * - statusMissed: it turned 未完成 (a target missed at its deadline);
 * - overdue: a figure was not in by its due day (逾期未报);
 * - deadlineNear: a figure's due day is near and it is not in yet;
 * - sentBack: a submitted figure was sent back by its reviewer;
 * - reminder: an office user sent a reminder (催报).
 */
export const alertRules = [
  'statusBehind',
  'statusMissed',
  'overdue',
  'deadlineNear',
  'sentBack',
  'reminder',
] as const;
export const alertRuleSchema = z.enum(alertRules);
export type AlertRule = z.infer<typeof alertRuleSchema>;

/** 三色预警: blue for a deadline near, yellow for behind the schedule, red for overdue or missed. */
export const alertLevels = ['blue', 'yellow', 'red'] as const;
export const alertLevelSchema = z.enum(alertLevels);
export type AlertLevel = z.infer<typeof alertLevelSchema>;

export const alertSchema = z.object({
  /** Unique, and sent with every delivery so that a receiver can drop a repeat. */
  id: z.string(),
  rule: alertRuleSchema,
  level: alertLevelSchema,
  planId: z.string(),
  indicatorId: z.string().nullable(),
  period: periodSchema.nullable(),
  /** The lead department whose users are told; null: admins only. */
  department: z.string().nullable(),
  title: bilingualSchema,
  detail: bilingualSchema,
  /** ISO instant. */
  createdAt: z.string(),
});
export type Alert = z.infer<typeof alertSchema>;

// ---- the notification centre ----------------------------------------------------------------

export const notificationSchema = alertSchema.extend({ read: z.boolean() });
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/notifications`: the newest first, and how many of all are unread. */
export const notificationsResponseSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
});
export type NotificationsResponse = z.infer<typeof notificationsResponseSchema>;

export const notificationsQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(200).optional() })
  .strict();

/** `POST /api/notifications/read`: the notifications to mark read, or all of them. */
export const markReadBodySchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(80)).min(1).max(200) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadBody = z.infer<typeof markReadBodySchema>;

export const unreadResponseSchema = z.object({ unread: z.number().int().nonnegative() });

// ---- webhooks (admins) ----------------------------------------------------------------------

/**
 * The message a webhook sends: a 企业微信 (WeCom) or 钉钉 (DingTalk) group robot's markdown or
 * text message, a 飞书 (Feishu/Lark) robot's text or rich-text (post) message, or plain JSON.
 */
export const webhookFormats = [
  'wecomMarkdown',
  'wecomText',
  'dingtalkMarkdown',
  'dingtalkText',
  'feishuText',
  'feishuPost',
  'json',
] as const;
export const webhookFormatSchema = z.enum(webhookFormats);
export type WebhookFormat = z.infer<typeof webhookFormatSchema>;

/** An http(s) address of at most 2000 characters; whether a local one is allowed is the server's setting. */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'url');

const webhookFields = {
  name: z.string().trim().min(1).max(60),
  url: webhookUrlSchema,
  format: webhookFormatSchema,
  /** Which rules it is told of; at least one. */
  rules: z.array(alertRuleSchema).min(1).max(alertRules.length),
  /** Which lead departments' alerts it is told of; empty for all. */
  departments: z.array(z.string().trim().min(1).max(60)).max(50),
  enabled: z.boolean(),
};

export const webhookSchema = z.object({
  id: z.string(),
  ...webhookFields,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** `POST /api/webhooks`. */
export const webhookBodySchema = z
  .object({ ...webhookFields, enabled: webhookFields.enabled.default(true) })
  .strict();
export type WebhookBody = z.input<typeof webhookBodySchema>;

/** `PATCH /api/webhooks/:webhookId`: the version read and the fields to change; `enabled: false` disables it. */
export const webhookPatchBodySchema = z
  .object({
    version: z.number().int().positive(),
    name: webhookFields.name.optional(),
    url: webhookFields.url.optional(),
    format: webhookFields.format.optional(),
    rules: webhookFields.rules.optional(),
    departments: webhookFields.departments.optional(),
    enabled: webhookFields.enabled.optional(),
  })
  .strict();
export type WebhookPatchBody = z.infer<typeof webhookPatchBodySchema>;

export const webhookResponseSchema = z.object({ webhook: webhookSchema });
export const webhooksResponseSchema = z.object({ webhooks: z.array(webhookSchema) });

/** One try to send a delivery: the HTTP status answered, or why none came. */
export const deliveryAttemptSchema = z.object({
  at: z.string(),
  /** The receiver's HTTP status; null when it did not answer (timeout, refused, bad address). */
  httpStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int().nonnegative(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

/**
 * One alert to one webhook: pending until a receiver answers 2xx (delivered), retried with a
 * growing wait, and failed after the last try.
 */
export const deliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export const deliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  webhookName: z.string(),
  format: webhookFormatSchema,
  alert: alertSchema,
  status: z.enum(deliveryStatuses),
  /** When the next try is due (pending only). */
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  attempts: z.array(deliveryAttemptSchema),
  /** The body sent (or to be sent), as JSON text. */
  body: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;
export type DeliveryStatus = Delivery['status'];

export const deliveriesQuerySchema = z
  .object({
    webhookId: z.string().min(1).max(80).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
export const deliveriesResponseSchema = z.object({ deliveries: z.array(deliverySchema) });
