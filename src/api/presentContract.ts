/**
 * Presenting: saved slide decks (playlists of slides with a duration each) and meeting snapshots
 * (the plan tree frozen at a meeting, compared later with now). Shared by the client, the server
 * and the mock.
 */
import { z } from 'zod';
import { isoDateSchema, judgementSchema, periodSchema } from '../domain/model';
import {
  deckSchema,
  deckSlideSchema,
  snapshotSummarySchema,
  standingSchema,
  type SlideId,
} from '../domain/presentations';
import { planTreeResponseSchema } from './contract';

// ---- slides and decks -----------------------------------------------------------------------

export {
  defaultSlideSeconds,
  maxSlideSeconds,
  minSlideSeconds,
  deckSchema,
  deckSlideSchema,
  slideIdSchema,
  snapshotStatusSchema,
  snapshotSummarySchema,
  standingSchema,
  type Deck,
  type DeckSlide,
  type SlideId,
  type SnapshotSummary,
  type Standing,
} from '../domain/presentations';

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

/** `GET /api/snapshots/:id`: the plan tree as it was answered then, and each indicator's standing. */
export const snapshotSchema = snapshotSummarySchema.extend({
  tree: planTreeResponseSchema,
  standings: z.record(z.string(), standingSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotsResponseSchema = z.object({ snapshots: z.array(snapshotSummarySchema) });
export type SnapshotsResponse = z.infer<typeof snapshotsResponseSchema>;

/**
 * How an indicator's status moved since a snapshot (server/routes/snapshotComparison.ts):
 * `awaitingVerdict` when it now waits on a figure (待年终数据, 待对标数据): that is no verdict, so
 * neither a rise nor a drop.
 */
export const statusChangeSchema = z.enum(['improved', 'slipped', 'awaitingVerdict', 'unchanged']);
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
