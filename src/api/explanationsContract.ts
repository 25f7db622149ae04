/**
 * Explanations of a lagging target (原因分析 and 整改措施): filed by the indicator's lead department
 * for the period whose figure is 滞后 or 未完成 (src/domain/accountability/explanations.ts), one per
 * indicator and period. Each measure carries the date it is to be done by. Versioned: a write at a
 * stale version is a 409 carrying what is stored. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { isoDateSchema, periodSchema } from '../domain/model';

export const maxExplanationText = 2000;
export const maxMeasures = 10;

export const measureSchema = z
  .object({ text: z.string().trim().min(1).max(maxExplanationText), targetDate: isoDateSchema })
  .strict();
export type Measure = z.infer<typeof measureSchema>;

export const explanationSchema = z.object({
  planId: z.string().min(1),
  indicatorId: z.string().min(1),
  period: periodSchema,
  /** 原因分析. */
  cause: z.string().min(1).max(maxExplanationText),
  /** 整改措施, each with its target date. */
  measures: z.array(measureSchema).min(1).max(maxMeasures),
  /** The lead department that filed it. */
  department: z.string(),
  version: z.number().int().positive(),
  filedBy: z.string().min(1),
  filedByName: z.string(),
  filedAt: z.string(),
  updatedBy: z.string().min(1),
  updatedByName: z.string(),
  updatedAt: z.string(),
});
export type Explanation = z.infer<typeof explanationSchema>;

/** `PUT /api/indicators/:indicatorId/explanations/:period`: file or revise. `expectedVersion` null files a new one. */
export const explanationBodySchema = z
  .object({
    cause: z.string().trim().min(1).max(maxExplanationText),
    measures: z.array(measureSchema).min(1).max(maxMeasures),
    expectedVersion: z.number().int().positive().nullable(),
  })
  .strict();
export type ExplanationBody = z.infer<typeof explanationBodySchema>;

/** `GET /api/plans/:planId/explanations?indicatorId=`: ordered by indicator, then period. */
export const explanationsQuerySchema = z.object({ indicatorId: z.string().min(1).optional() }).strict();
export const explanationsResponseSchema = z.object({ explanations: z.array(explanationSchema) });
export type ExplanationsResponse = z.infer<typeof explanationsResponseSchema>;
export const explanationResponseSchema = z.object({ explanation: explanationSchema });
export type ExplanationResponse = z.infer<typeof explanationResponseSchema>;
