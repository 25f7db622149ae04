/**
 * The office's review of figures (src/api/figureReviewsContract.ts), for any screen: the to-do
 * page, the header counts, the review page and the entry screens.
 *
 * - `useMyReviewTasks(planId)`: figures sent back to me (`sentBackToMe`) and figures waiting for
 *   my review (`awaitingMyReview`), each with its `count` and `figures`.
 * - `useReviewFigures(planId)`: submit (报送), approve (审核通过) or send back (退回) figures.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import {
  figureReviewResponseSchema,
  myReviewTasksResponseSchema,
  type FigureReviewBody,
  type FigureReviewResponse,
  type MyReviewTasksResponse,
} from '../../api/figureReviewsContract';
import { queryKeys } from '../queryKeys';

export function getMyReviewTasks(planId: string, signal?: AbortSignal): Promise<MyReviewTasksResponse> {
  return requestJson(
    `/plans/${encodeURIComponent(planId)}/figure-reviews/mine`,
    myReviewTasksResponseSchema,
    { signal },
  );
}

export function myReviewTasksQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.reviewTasks.ofPlan(planId),
    queryFn: ({ signal }) => getMyReviewTasks(planId, signal),
  });
}

/** For signed-in users only (anonymous visitors have no tasks): pass `enabled` false for them. */
export function useMyReviewTasks(planId: string | undefined, enabled = true) {
  return useQuery({ ...myReviewTasksQueryOptions(planId ?? ''), enabled: enabled && planId !== undefined });
}

export function reviewFigures(planId: string, body: FigureReviewBody): Promise<FigureReviewResponse> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/figure-reviews`, figureReviewResponseSchema, {
    method: 'POST',
    body,
  });
}

export function useReviewFigures(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FigureReviewBody) => reviewFigures(planId, body),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviewTasks.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.planTree.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.indicator.all() }),
      ]);
    },
  });
}
