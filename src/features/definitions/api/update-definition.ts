/**
 * Admin writes of definitions: `PATCH /api/indicators/:id` and `PATCH /api/plans/:planId/actions/:actionId`.
 * After a save the indicator, plan-tree and audit queries are fetched again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  actionTasksResponseSchema,
  indicatorPatchResponseSchema,
  type ActionTasksBody,
  type IndicatorPatchBody,
} from '../../../api/definitionsContract';
import { queryKeys } from '../../../lib/queryKeys';

export function useUpdateIndicatorDefinition(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorPatchBody) =>
      requestJson(`/indicators/${encodeURIComponent(indicatorId)}`, indicatorPatchResponseSchema, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => refreshDefinitions(queryClient),
  });
}

export function useUpdateActionTasks(planId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionTasksBody) =>
      requestJson(
        `/plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}`,
        actionTasksResponseSchema,
        { method: 'PATCH', body },
      ),
    onSuccess: () => refreshDefinitions(queryClient),
  });
}

export async function refreshDefinitions(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.indicator.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.planTree.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
  ]);
}
