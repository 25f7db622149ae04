/**
 * The office's review of figures, shared by the client, the server and the mock.
 *
 * | Method | Path | Body | Answer |
 * | --- | --- | --- | --- |
 * | POST | /api/plans/:planId/figure-reviews | figureReviewBodySchema | `{ changed, batchId }`; 409 `{ conflicts }` when any figure is stale |
 * | GET | /api/plans/:planId/figure-reviews/mine | | myReviewTasksResponseSchema: figures sent back to me, figures waiting for my review |
 *
 * 报送 (`submit`) is for the lead department's editors; 审核通过 (`approve`) and 退回 (`return`,
 * with a comment) for reviewers of the department and admins. Saving a figure with `submit: true`
 * (src/api/valuesContract.ts) saves and submits it at once.
 */
import { z } from 'zod';
import { maxReviewComment, reviewActionSchema } from '../domain/figureReview';
import { bilingualSchema, indicatorValueSchema, periodSchema } from '../domain/model';

/** The most figures one review request may carry (a month of a whole plan). */
export const maxFiguresPerReview = 500;

export const figureReviewTargetSchema = z
  .object({
    indicatorId: z.string().min(1),
    period: periodSchema,
    /** The figure's version as read. */
    expectedVersion: z.number().int().positive(),
  })
  .strict();
export type FigureReviewTarget = z.infer<typeof figureReviewTargetSchema>;

export const figureReviewBodySchema = z
  .object({
    action: reviewActionSchema,
    /** Required when sending back (退回): what to correct. */
    comment: z.string().trim().max(maxReviewComment).optional(),
    figures: z.array(figureReviewTargetSchema).min(1).max(maxFiguresPerReview),
  })
  .strict();
export type FigureReviewBody = z.infer<typeof figureReviewBodySchema>;

export const figureReviewResponseSchema = z.object({
  changed: z.array(indicatorValueSchema),
  /** The audit batch the changes were recorded under. */
  batchId: z.string(),
});
export type FigureReviewResponse = z.infer<typeof figureReviewResponseSchema>;

/** The `current` of a 409: every stale figure (none of the request was applied). */
export const figureReviewConflictSchema = z.object({
  conflicts: z.array(
    z.object({ indicatorId: z.string(), period: periodSchema, current: indicatorValueSchema.nullable() }),
  ),
});

/** A figure in a review list, with what a list needs to name it. */
export const reviewListItemSchema = z.object({
  indicatorId: z.string(),
  indicatorName: bilingualSchema,
  leadDepartment: z.string().nullable(),
  figure: indicatorValueSchema,
});
export type ReviewListItem = z.infer<typeof reviewListItemSchema>;

const reviewListSchema = z.object({
  count: z.number().int().nonnegative(),
  figures: z.array(reviewListItemSchema),
});

/**
 * `GET /api/plans/:planId/figure-reviews/mine`: for the to-do page and the review page.
 * `sentBackToMe`: figures of my departments the office sent back (all of them for admins);
 * `awaitingMyReview`: submitted figures of the departments I review. Both empty while the plan's
 * review is off, and for viewers.
 */
export const myReviewTasksResponseSchema = z.object({
  planId: z.string(),
  reviewFigures: z.boolean(),
  sentBackToMe: reviewListSchema,
  awaitingMyReview: reviewListSchema,
});
export type MyReviewTasksResponse = z.infer<typeof myReviewTasksResponseSchema>;
