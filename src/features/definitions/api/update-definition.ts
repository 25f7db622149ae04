/**
 * Admin writes of indicator definitions: `POST /api/plans/:planId/indicators` (a new one) and
 * `PATCH /api/plans/:planId/indicators/:id`, and an action's central tasks. After a save the indicator, plan-tree and audit
 * queries are fetched again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { actionTasksResponseSchema, type ActionTasksBody } from '../../../api/definitionsContract';
import { indicatorResponseSchema, type IndicatorEdit, type IndicatorInput } from '../../../api/plansContract';
import { queryKeys } from '../../../lib/queryKeys';

const indicatorsPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/indicators`;

export function useUpdateIndicatorDefinition(planId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { patch: IndicatorEdit; expectedVersion: number }) =>
      requestJson(`${indicatorsPath(planId)}/${encodeURIComponent(indicatorId)}`, indicatorResponseSchema, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => refreshDefinitions(queryClient),
  });
}

export function useCreateIndicator(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (indicator: IndicatorInput) =>
      requestJson(indicatorsPath(planId), indicatorResponseSchema, { method: 'POST', body: { indicator } }),
    onSuccess: () => refreshDefinitions(queryClient),
  });
}

/** Which central tasks an action serves (`PATCH /api/plans/:planId/actions/:actionId`). */
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
    queryClient.invalidateQueries({ queryKey: queryKeys.planIndicators.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
  ]);
}
