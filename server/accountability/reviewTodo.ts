/**
 * The to-do sections fed by the review of submitted figures: what was sent back to the user's
 * departments (已退回) and what waits for the user's review (待审核). Until figures are reviewed
 * both are empty; the review of submissions fills them here, for the same user and plan.
 */
import type { SessionUser } from '../../src/api/authContract';
import type { ReviewItem } from '../../src/api/todoContract';
import type { Store } from '../store/port';

export interface ReviewTodo {
  sentBack: ReviewItem[];
  awaitingReview: ReviewItem[];
}

export async function reviewTodoOf(_store: Store, _user: SessionUser, _planId: string): Promise<ReviewTodo> {
  return { sentBack: [], awaitingReview: [] };
}
