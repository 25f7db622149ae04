/** The signed-in user's to-do list in a plan (`GET /api/plans/:planId/todo`): the page and the header's count. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import { queryKeys } from '../queryKeys';

export function todoQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.todo.ofPlan(planId),
    queryFn: ({ signal }) =>
      requestJson(
        `/plans/${encodeURIComponent(planId)}/todo`,
        // The schema loads beside the first request: the header's count is on every screen's first load.
        () => import('../../api/todoContract').then((contract) => contract.todoResponseSchema),
        { signal },
      ),
  });
}

/** Only for a signed-in user: anonymous visitors have no list. */
export function useTodo(planId: string | undefined, signedIn: boolean) {
  return useQuery({ ...todoQueryOptions(planId ?? ''), enabled: planId !== undefined && signedIn });
}
