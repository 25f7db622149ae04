/** Filing and revising reasons and measures (`PUT /api/indicators/:id/explanations/:period`); refreshes what shows them. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { explanationResponseSchema, type ExplanationBody } from '../../../api/explanationsContract';
import type { Period } from '../../../domain/model';
import { queryKeys } from '../../../lib/queryKeys';

export interface SaveExplanationVariables {
  period: Period;
  body: ExplanationBody;
}

export function useSaveExplanation(planId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, body }: SaveExplanationVariables) =>
      requestJson(
        `/indicators/${encodeURIComponent(indicatorId)}/explanations/${period}`,
        explanationResponseSchema,
        { method: 'PUT', body },
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.explanations.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.todo.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
      ]),
  });
}
