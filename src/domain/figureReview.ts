/**
 * Submission states of a figure, for plans whose figures the office reviews before they count
 * (the plan's `reviewFigures`). A department saves a figure as a draft (草稿) or submits it
 * (已报送); the office approves it (已审核) or sends it back with a comment (已退回); a figure
 * sent back is corrected and submitted again. A figure with no state was saved while review was
 * off: it counts at once, as before.
 *
 * Official views (overview, brief, slides, snapshots, exports) show each figure's latest approved
 * or stateless revision; asked to, they show a submitted one instead, marked 待审核.
 */
import { z } from 'zod';

export const figureStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const figureStateSchema = z.enum(figureStates);
export type FigureState = z.infer<typeof figureStateSchema>;

/** The longest comment a reviewer may give when sending a figure back. */
export const maxReviewComment = 2000;

/** A figure's place in the review: its state, and who last changed it, when, and the comment. */
export const figureReviewSchema = z.object({
  state: figureStateSchema,
  /** The reviewer's comment when sent back (kept until the figure is approved). */
  comment: z.string().nullable(),
  /** The display name of who last changed the state, and when (ISO instant). */
  changedBy: z.string(),
  changedAt: z.string(),
});
export type FigureReview = z.infer<typeof figureReviewSchema>;

/** What a state change does: 报送 by the department, 审核通过 or 退回 by the office. */
export const reviewActions = ['submit', 'approve', 'return'] as const;
export const reviewActionSchema = z.enum(reviewActions);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

/** The states each action may start from, and the state it leads to. */
export const reviewTransitions: Record<ReviewAction, { from: readonly FigureState[]; to: FigureState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
};

/** May `action` be taken on a figure in `state` (null: saved while review was off)? */
export function mayTakeAction(action: ReviewAction, state: FigureState | null): boolean {
  return state !== null && reviewTransitions[action].from.includes(state);
}

/**
 * Which figures a view shows: `current` the latest of each (the entry screens), `official` only
 * approved ones and those saved while review was off, `withPending` those and submitted ones.
 */
export const figureViews = ['official', 'withPending', 'current'] as const;
export const figureViewSchema = z.enum(figureViews);
export type FigureView = z.infer<typeof figureViewSchema>;

/** Does a figure in `state` (null: no state) belong in `view`? */
export function shownInView(view: FigureView, state: FigureState | null): boolean {
  if (view === 'current' || state === null || state === 'approved') return true;
  return view === 'withPending' && state === 'submitted';
}

/** Is this figure waiting for review (待审核)? Kept zod-free for the first screen. */
export { isAwaitingReview } from './awaitingReview';
