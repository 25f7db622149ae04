/**
 * Admins' edits of definitions: an indicator's targets, tolerances and wording, and which
 * central tasks an action serves. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import {
  bilingualSchema,
  campaignActionSchema,
  indicatorSchema,
  plannedPointSchema,
  thresholdSchema,
  tolerancesSchema,
} from '../domain/model';
import { noteSchema } from './valuesContract';

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
