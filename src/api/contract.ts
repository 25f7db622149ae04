/**
 * The one API contract. The client, the real server and the mock all import these schemas, so
 * the mocked API and the real one cannot drift.
 */
import { z } from 'zod';
import {
  benchmarkSeriesSchema,
  campaignActionSchema,
  indicatorSchema,
  indicatorValueSchema,
  periodSchema,
  planSchema,
  planSummarySchema,
  workItemSchema,
} from '../domain/model';

export { apiBase } from './apiBase';

// ---- errors ---------------------------------------------------------------------------------

export const errorCodes = [
  'notFound', // unknown id or route
  'invalidParameter', // a path or query parameter is malformed; `field` names it
  'invalidBody', // the body is not JSON, has wrong types or unknown fields; `field` names it
  'payloadTooLarge',
  'unauthorized',
  'forbidden',
  'conflict', // a stale version; `current` carries what is stored now
  'tooManyRequests', // too many failed sign-ins; wait before trying again
  'unavailable', // storage cannot be reached
  'internal',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Every failure has this shape. `message` is in the language the request asked for. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    field: z.string().optional(),
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---- parameters -----------------------------------------------------------------------------

/** Ids are slugs: lower-case letters, digits and dashes. */
export const idParamSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'id must be a short slug');

/** `?asOf=2024-03`: the view as it stood at the end of that month, with only figures recorded by then. */
export const asOfQuerySchema = z.object({ asOf: periodSchema.optional() }).strict();
export type AsOfQuery = z.infer<typeof asOfQuerySchema>;

// ---- responses ------------------------------------------------------------------------------

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  storage: z.enum(['memory', 'sqlite', 'postgres']),
  mode: z.enum(['server', 'mock']),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** `GET /api/ready`: the storage answers and its schema is up to date (else 503). */
export const readyResponseSchema = z.object({
  status: z.literal('ready'),
  storage: z.enum(['memory', 'sqlite', 'postgres']),
});
export type ReadyResponse = z.infer<typeof readyResponseSchema>;

export const plansResponseSchema = z.object({ plans: z.array(planSummarySchema) });
export type PlansResponse = z.infer<typeof plansResponseSchema>;

export const asOfSchema = z.object({
  /** The month the view stands at, or null for "everything known now". */
  period: periodSchema.nullable(),
  /** The instant (ISO 8601) after which recorded figures are left out, or null. */
  cutoff: z.string().nullable(),
});
export type AsOf = z.infer<typeof asOfSchema>;

export const planTreeResponseSchema = z.object({
  plan: planSchema,
  indicators: z.array(indicatorSchema),
  workItems: z.array(workItemSchema),
  /** The figure of every indicator for every period, as known at `asOf`. */
  values: z.array(indicatorValueSchema),
  asOf: asOfSchema,
  /** True while any demo value (示例数据) is stored. */
  hasDemoData: z.boolean(),
  /**
   * The plan's benchmark series (全省, retired ones included: their figures are history), which its
   * relative targets are judged against. Snapshots frozen before series existed read as none.
   */
  benchmarks: z.array(benchmarkSeriesSchema).default([]),
});
export type PlanTreeResponse = z.infer<typeof planTreeResponseSchema>;

export const indicatorResponseSchema = z.object({
  indicator: indicatorSchema,
  action: campaignActionSchema.nullable(),
  values: z.array(indicatorValueSchema),
  asOf: asOfSchema,
  hasDemoData: z.boolean(),
  /**
   * What a relative target is judged against: the benchmark series it names (全省), or the other
   * indicator of the plan it names (经济增长) with that indicator's figures as known at `asOf`.
   * Empty for any other target.
   */
  yardsticks: z
    .object({
      benchmarks: z.array(benchmarkSeriesSchema),
      indicators: z.array(indicatorSchema),
      values: z.array(indicatorValueSchema),
    })
    .default({ benchmarks: [], indicators: [], values: [] }),
});
export type IndicatorResponse = z.infer<typeof indicatorResponseSchema>;
