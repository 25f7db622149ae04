/**
 * The audit trail on the wire: the log's filter and its answer. The entries' shape is the
 * domain's (src/domain/audit.ts), answered as it is. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { auditEntityTypeSchema, auditEntrySchema } from '../domain/audit';

export {
  auditEntityTypeSchema,
  auditEntityTypes,
  auditEntryInputSchema,
  auditEntrySchema,
  auditJsonSchema,
  type AuditEntityType,
  type AuditEntry,
  type AuditEntryInput,
  type AuditJson,
} from '../domain/audit';

export const auditFilterSchema = z.object({
  planId: z.string().optional(),
  indicatorId: z.string().optional(),
  entityType: auditEntityTypeSchema.optional(),
  entityId: z.string().optional(),
  actor: z.string().optional(),
  /** ISO instant or date: entries at or after it. */
  from: z.string().optional(),
  /** ISO instant or date: entries at or before it (a date includes that whole day, China time). */
  to: z.string().optional(),
  batchId: z.string().optional(),
  /** Entries of these kinds are left out. */
  excludeEntityTypes: z.array(auditEntityTypeSchema).optional(),
  limit: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListResponseSchema = z.object({ entries: z.array(auditEntrySchema) });
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;
