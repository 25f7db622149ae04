/**
 * Presenting as the domain keeps it: decks (playlists of slides) and meeting snapshots (a plan's
 * answer frozen at a meeting, with each indicator's standing). The stores keep these; the API
 * answers decks and snapshot summaries as they are (src/api/presentContract.ts), and a snapshot
 * with its frozen tree read against the plan tree's answer.
 */
import { z } from 'zod';
import { statuses } from './evaluation';
import {
  indicatorSchema,
  indicatorValueSchema,
  isoDateSchema,
  periodSchema,
  planSchema,
  workItemSchema,
} from './model';

/**
 * A slide's id, also its address (`/present/:slideId`): `title`, `indicator-<indicatorId>` or
 * `action-<actionId>`. A slug, as every id in the API.
 */
export const slideIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'slide id must be a short slug');
export type SlideId = z.infer<typeof slideIdSchema>;

/** How long a slide stays up when the presentation advances by itself. */
export const defaultSlideSeconds = 20;
export const minSlideSeconds = 3;
export const maxSlideSeconds = 600;

export const deckSlideSchema = z
  .object({
    slideId: slideIdSchema,
    durationSeconds: z.number().int().min(minSlideSeconds).max(maxSlideSeconds),
  })
  .strict();
export type DeckSlide = z.infer<typeof deckSlideSchema>;

export const deckSchema = z.object({
  id: z.string(),
  planId: z.string(),
  name: z.string(),
  slides: z.array(deckSlideSchema),
  version: z.number().int().positive(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type Deck = z.infer<typeof deckSchema>;

export const snapshotStatusSchema = z.enum(statuses);

/** Where an indicator stood when the snapshot was taken (or stands now), as the engine said. */
export const standingSchema = z.object({
  status: snapshotStatusSchema,
  judged: z.boolean(),
  actual: z.number().nullable(),
  actualPeriod: periodSchema.nullable(),
  expected: z.number().nullable(),
  gapAbsolute: z.number().nullable(),
});
export type Standing = z.infer<typeof standingSchema>;

export const snapshotSummarySchema = z.object({
  id: z.string(),
  planId: z.string(),
  name: z.string(),
  meetingDate: isoDateSchema,
  /** The as-of month asked for, or null for "everything known then". */
  asOf: periodSchema.nullable(),
  /** The month the statuses were evaluated at. */
  asOfPeriod: periodSchema,
  /** When the snapshot was taken (ISO instant): figures recorded after it are "entered since". */
  takenAt: z.string(),
  takenBy: z.string(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

/**
 * A plan frozen at a meeting: the plan, its indicators, work items and figures, and whatever
 * else the plan tree's answer carried then, kept as it was.
 */
export const frozenPlanSchema = z.looseObject({
  plan: planSchema,
  indicators: z.array(indicatorSchema),
  workItems: z.array(workItemSchema),
  values: z.array(indicatorValueSchema),
});

/** A snapshot as stored: its summary, the plan as frozen then, and each indicator's standing. */
export const storedSnapshotSchema = snapshotSummarySchema.extend({
  tree: frozenPlanSchema,
  standings: z.record(z.string(), standingSchema),
});
export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;
