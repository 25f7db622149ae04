/**
 * The audit trail as the domain keeps it: every change as an entry, appended and never changed.
 * The stores keep these; the API answers them as they are (src/api/auditContract.ts).
 */
import { z } from 'zod';
import { periodSchema } from './model';

export const auditEntityTypes = [
  'value', // a figure of an indicator for a period; entityId is the indicator id
  'indicator', // a definition edit; entityId is the indicator id
  'action', // which central tasks a campaign action serves; entityId is the action id
  'workItem',
  'plan', // a plan created, copied or edited; entityId is the plan id
  'centralTask', // a central task of a plan's frame; entityId is the task id
  'benchmark', // a benchmark series and its points; entityId is the series id
  'department', // a department of an organisation; planId holds the organisation's name
  'project',
  'user',
  'demo',
  'import',
  'webhook', // an outgoing webhook of the alerts; planId is 'webhooks'
] as const;
export const auditEntityTypeSchema = z.enum(auditEntityTypes);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/** A value that can be stored as JSON: the before and after of a change. */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };
export const auditJsonSchema: z.ZodType<AuditJson> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(auditJsonSchema),
    z.record(z.string(), auditJsonSchema),
  ]),
);

/** What a writer hands to the audit trail; the store gives it an id and the time. */
export const auditEntryInputSchema = z.object({
  /** The username of who made the change. */
  actor: z.string().min(1),
  actorName: z.string(),
  entityType: auditEntityTypeSchema,
  entityId: z.string().min(1),
  planId: z.string().min(1),
  period: periodSchema.optional(),
  /** The changed field, when one field changed (e.g. `thresholds`). */
  field: z.string().optional(),
  oldValue: auditJsonSchema,
  newValue: auditJsonSchema,
  note: z.string(),
  /** Changes saved together (one grid save, one import) share a batch id. */
  batchId: z.string().optional(),
  /** When the change happened (ISO instant); the store uses now when left out. */
  at: z.string().optional(),
});
export type AuditEntryInput = z.infer<typeof auditEntryInputSchema>;

/** One row of the audit trail. Rows are only ever appended: nothing changes or deletes them. */
export const auditEntrySchema = auditEntryInputSchema.omit({ at: true }).extend({
  id: z.string(),
  at: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Which entries a reader asks the store for; every criterion given must hold. */
export interface AuditQuery {
  planId?: string;
  indicatorId?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  actor?: string;
  /** ISO instant or date: entries at or after it. */
  from?: string;
  /** ISO instant or date: entries at or before it (a date includes that whole day, China time). */
  to?: string;
  batchId?: string;
  /** Entries of these kinds are left out. */
  excludeEntityTypes?: AuditEntityType[];
  limit?: number;
  offset?: number;
}
