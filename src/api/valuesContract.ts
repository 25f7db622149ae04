/**
 * Writing figures: one from the entry form, a grid of one period, and the conflicts a stale
 * write meets. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { maxConfirmationReason } from '../domain/entryChecks';
import {
  figureNumberSchema,
  indicatorValueSchema,
  isoDateSchema,
  judgementSchema,
  periodSchema,
} from '../domain/model';

/** A note or reason a writer gives with a change. */
export const noteSchema = z.string().max(2000);
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
  /** When the plan's figures are reviewed: true submits the figure (报送), false or absent keeps it a draft (草稿). */
  submit: z.boolean().optional(),
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
