/**
 * Writing figures and definitions, conflicts and the audit trail: the schemas the client, the
 * server and the mock share.
 */
import { z } from 'zod';
import { maxConfirmationReason } from '../domain/entryChecks';
import {
  figureNumberSchema,
  bilingualSchema,
  campaignActionSchema,
  indicatorSchema,
  indicatorValueSchema,
  isoDateSchema,
  judgementSchema,
  periodSchema,
  plannedPointSchema,
  thresholdSchema,
  tolerancesSchema,
} from '../domain/model';

// ---- audit ----------------------------------------------------------------------------------

export const auditEntityTypes = [
  'value', // a figure of an indicator for a period; entityId is the indicator id
  'indicator', // a definition edit; entityId is the indicator id
  'action', // which central tasks a campaign action serves; entityId is the action id
  'workItem',
  'project',
  'user',
  'demo',
  'import',
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

// ---- figures ---------------------------------------------------------------------------------

const noteSchema = z.string().max(2000);
const sourceSchema = z.string().max(500).nullable();
/** The version the writer read; null when creating the figure (none stored yet). */
const expectedVersionSchema = z.number().int().positive().nullable();

/**
 * A writer's confirmation of a figure far from its indicator's history, with the reason; kept in
 * the audit entry of the save (src/domain/entryChecks.ts says when one is needed).
 */
export const figureConfirmationSchema = z
  .object({ reason: z.string().trim().min(1).max(maxConfirmationReason) })
  .strict();

/** The figure fields a writer types; the rules of its kind are in src/domain/valueRules.ts. */
const typedFigureShape = {
  value: figureNumberSchema.nullable(),
  judgement: judgementSchema.nullable().optional(),
  achievedOn: isoDateSchema.nullable().optional(),
  note: noteSchema,
  source: sourceSchema.optional(),
  expectedVersion: expectedVersionSchema,
  confirmation: figureConfirmationSchema.optional(),
};

/** `PUT /api/indicators/:indicatorId/values/:period`: one figure from the entry form. */
export const valueFormBodySchema = z.object(typedFigureShape).strict();
export type ValueFormBody = z.infer<typeof valueFormBodySchema>;

/** One figure of a grid save. */
export const valueWriteSchema = z.object({ indicatorId: z.string().min(1), ...typedFigureShape }).strict();
export type ValueWrite = z.infer<typeof valueWriteSchema>;

/** The most figures one grid save may carry. */
export const maxWritesPerBatch = 500;

/** `POST /api/plans/:planId/values`: every figure of one period, saved all or nothing. */
export const valueBatchBodySchema = z
  .object({ period: periodSchema, writes: z.array(valueWriteSchema).min(1).max(maxWritesPerBatch) })
  .strict();
export type ValueBatchBody = z.infer<typeof valueBatchBodySchema>;

export const savedValuesResponseSchema = z.object({
  saved: z.array(indicatorValueSchema),
  /** The audit batch the save was recorded under. */
  batchId: z.string(),
});
export type SavedValuesResponse = z.infer<typeof savedValuesResponseSchema>;

/** A write whose expected version is stale: what is stored now (who recorded it and when), and mine. */
export const valueConflictSchema = z.object({
  indicatorId: z.string(),
  period: periodSchema,
  current: indicatorValueSchema.nullable(),
  mine: valueWriteSchema,
});
export type ValueConflict = z.infer<typeof valueConflictSchema>;

/** The `current` of a 409 from the entry form: the stored figure, or null when it was removed. */
export const valueFormConflictSchema = indicatorValueSchema.nullable();
/** The `current` of a 409 from a grid save: every stale write, none of which was saved. */
export const valueBatchConflictSchema = z.object({ conflicts: z.array(valueConflictSchema) });

// ---- definitions -----------------------------------------------------------------------------

/** `PATCH /api/indicators/:indicatorId` (admins): the editable parts of a definition. */
export const indicatorPatchSchema = z
  .object({
    thresholds: z.array(thresholdSchema).max(24).optional(),
    tolerances: tolerancesSchema.nullable().optional(),
    plannedPath: z.array(plannedPointSchema).max(24).nullable().optional(),
    leadDepartment: z.string().trim().min(1).max(100).nullable().optional(),
    definition: bilingualSchema.nullable().optional(),
    dataSource: bilingualSchema.optional(),
  })
  .strict();
export type IndicatorPatch = z.infer<typeof indicatorPatchSchema>;

export const indicatorPatchBodySchema = z
  .object({
    patch: indicatorPatchSchema,
    expectedVersion: z.number().int().positive(),
    note: noteSchema.optional(),
  })
  .strict();
export type IndicatorPatchBody = z.infer<typeof indicatorPatchBodySchema>;

export const indicatorPatchResponseSchema = z.object({ indicator: indicatorSchema });
/** The `current` of a 409 from a definition edit: the stored indicator. */
export const indicatorConflictSchema = indicatorSchema;

/** `PATCH /api/plans/:planId/actions/:actionId` (admins): which central tasks an action serves. */
export const actionTasksBodySchema = z
  .object({
    centralTaskIds: z.array(z.string().min(1)).max(20),
    /** The plan version read (from a previous answer); left out, the mapping is replaced as it stands. */
    expectedVersion: z.number().int().positive().optional(),
    note: noteSchema.optional(),
  })
  .strict();
export type ActionTasksBody = z.infer<typeof actionTasksBodySchema>;

export const actionTasksResponseSchema = z.object({
  action: campaignActionSchema,
  planVersion: z.number().int().positive(),
});
export type ActionTasksResponse = z.infer<typeof actionTasksResponseSchema>;

// ---- live updates ----------------------------------------------------------------------------

/** What changed, sent to every open page over `GET /api/events` (server-sent events). */
export const liveEventTypes = [
  'values',
  'indicator',
  'plan',
  'projects',
  'workItems',
  'presentations',
] as const;
export const liveEventSchema = z.object({
  type: z.enum(liveEventTypes),
  planId: z.string(),
  /** The changed ids: indicator ids for values and indicator events. */
  ids: z.array(z.string()),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

/**
 * The first message of every stream (event name `ready`): when the server last told of a change
 * (milliseconds since 1970, the writing server's clock), or null when no change is kept. A
 * page holding data read before then (a server-rendered page, read before its stream opened)
 * fetches that data again. Each later message carries the event's id (growing in the order the
 * changes were stored); a page that reconnects passes the last one it heard, as the Last-Event-ID
 * header or `?lastEventId=`, and is sent what it missed.
 */
export const liveReadySchema = z.object({
  latestChangeAt: z.number().nullable(),
  /**
   * Only when the stream was opened with a last event id: true when every event after it follows
   * (so the page need fetch nothing more), false when some are no longer kept (fetch everything).
   */
  caughtUp: z.boolean().optional(),
});
export type LiveReady = z.infer<typeof liveReadySchema>;

/** `GET /api/events?lastEventId=`: the id of the last event a reconnecting page heard. */
export const liveEventsQuerySchema = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/)
      .transform(Number)
      .optional(),
  })
  .strict();
