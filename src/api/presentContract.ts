/**
 * Presenting: saved slide decks (playlists of slides with a duration each) and meeting snapshots
 * (the plan tree frozen at a meeting, compared later with now). Shared by the client, the server
 * and the mock.
 */
import { z } from 'zod';
import { statuses } from '../domain/evaluation';
import { isoDateSchema, judgementSchema, periodSchema } from '../domain/model';
import { planTreeResponseSchema } from './contract';

// ---- slides and decks -----------------------------------------------------------------------

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

export const maxDeckSlides = 200;

/** What an editor writes: the deck's name and its slides in order. */
export const deckInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    slides: z.array(deckSlideSchema).min(1).max(maxDeckSlides),
  })
  .strict();
export type DeckInput = z.infer<typeof deckInputSchema>;

/** `PUT /api/decks/:id`: the whole deck again, with the version it was read at. */
export const deckUpdateSchema = deckInputSchema.extend({ version: z.number().int().positive() }).strict();
export type DeckUpdate = z.infer<typeof deckUpdateSchema>;

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

/** `GET /api/plans/:planId/decks`: newest change first. */
export const decksResponseSchema = z.object({ decks: z.array(deckSchema) });
export type DecksResponse = z.infer<typeof decksResponseSchema>;

/** `DELETE /api/decks/:id?version=`: deleting a deck someone changed since is a conflict. */
export const deckDeleteQuerySchema = z.object({ version: z.coerce.number().int().positive() }).strict();

// ---- meeting snapshots ----------------------------------------------------------------------

export const snapshotInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** The day of the meeting the snapshot is for. */
    meetingDate: isoDateSchema,
    /** Freeze the view as of this month; left out: everything known when the snapshot is taken. */
    asOf: periodSchema.optional(),
  })
  .strict();
export type SnapshotInput = z.infer<typeof snapshotInputSchema>;

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

/** `GET /api/snapshots/:id`: the plan tree as it was answered then, and each indicator's standing. */
export const snapshotSchema = snapshotSummarySchema.extend({
  tree: planTreeResponseSchema,
  standings: z.record(z.string(), standingSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotsResponseSchema = z.object({ snapshots: z.array(snapshotSummarySchema) });
export type SnapshotsResponse = z.infer<typeof snapshotsResponseSchema>;

export const statusChangeSchema = z.enum(['improved', 'slipped', 'unchanged']);
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** A figure recorded after the snapshot was taken. */
export const figureSinceSchema = z.object({
  period: periodSchema,
  value: z.number().nullable(),
  judgement: judgementSchema.nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type FigureSince = z.infer<typeof figureSinceSchema>;

export const indicatorComparisonSchema = z.object({
  indicatorId: z.string(),
  /** null while the indicator did not exist when the snapshot was taken. */
  then: standingSchema.nullable(),
  now: standingSchema,
  change: statusChangeSchema,
  figuresSince: z.array(figureSinceSchema),
});
export type IndicatorComparison = z.infer<typeof indicatorComparisonSchema>;

/** `GET /api/snapshots/:id/compare`: every indicator of the plan now, in plan order, then vs now. */
export const snapshotComparisonSchema = z.object({
  snapshot: snapshotSummarySchema,
  /** The month "now" is evaluated at: the latest month with figures, not after today. */
  nowAsOfPeriod: periodSchema,
  comparedAt: z.string(),
  indicators: z.array(indicatorComparisonSchema),
});
export type SnapshotComparison = z.infer<typeof snapshotComparisonSchema>;

// ---- slide ids ------------------------------------------------------------------------------

export const titleSlideId = 'title';

export function indicatorSlideId(indicatorId: string): SlideId {
  return `indicator-${indicatorId}`;
}

export function actionSlideId(actionId: string): SlideId {
  return `action-${actionId}`;
}

/** Every slide a plan can show: its title, each campaign action and each indicator. */
export function slideIdsOfPlan(
  actions: readonly { id: string }[],
  indicators: readonly { id: string }[],
): Set<SlideId> {
  return new Set([
    titleSlideId,
    ...actions.map((action) => actionSlideId(action.id)),
    ...indicators.map((indicator) => indicatorSlideId(indicator.id)),
  ]);
}
