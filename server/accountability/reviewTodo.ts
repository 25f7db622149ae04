/**
 * The review of submitted figures, as a user's tasks: what was sent back to the user's
 * departments (已退回, for those who may write them) and what waits for the user's review (待审核,
 * for reviewers of the lead department and admins). Empty while the plan's review is off, and for
 * viewers. Read by `GET …/figure-reviews/mine` and by the to-do list (./todoList.ts).
 */
import { mayReviewFor, mayWriteFor, type SessionUser } from '../../src/api/authContract';
import type { ReviewItem } from '../../src/api/todoContract';
import type { Indicator, IndicatorValue, PlanSummary } from '../../src/domain/model';
import type { Store } from '../store/port';

export interface ReviewTask {
  indicator: Indicator;
  figure: IndicatorValue;
}

export interface ReviewTasks {
  sentBack: ReviewTask[];
  awaitingReview: ReviewTask[];
}

export async function reviewTasksOf(
  store: Store,
  user: SessionUser,
  plan: Pick<PlanSummary, 'id' | 'reviewFigures'>,
  indicators: readonly Indicator[],
): Promise<ReviewTasks> {
  const tasks: ReviewTasks = { sentBack: [], awaitingReview: [] };
  if (plan.reviewFigures !== true || user.role === 'viewer') return tasks;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const figure of await store.listValues({ planId: plan.id })) {
    const indicator = byId.get(figure.indicatorId);
    if (!indicator || indicator.retired) continue;
    const state = figure.review?.state;
    if (state === 'returned' && mayWriteFor(user, indicator.leadDepartment))
      tasks.sentBack.push({ indicator, figure });
    if (state === 'submitted' && mayReviewFor(user, indicator.leadDepartment))
      tasks.awaitingReview.push({ indicator, figure });
  }
  return tasks;
}

/** A task as a to-do item: the comment, and who changed the state and when. */
export function reviewItemOf({ indicator, figure }: ReviewTask): ReviewItem {
  return {
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    period: figure.period,
    department: indicator.leadDepartment,
    comment: figure.review?.comment ?? null,
    by: figure.review?.changedBy ?? null,
    at: figure.review?.changedAt ?? null,
  };
}
