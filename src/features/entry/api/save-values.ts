/**
 * Saving figures: one from the form (`PUT /api/indicators/:id/values/:period`) or a grid of one
 * period (`POST /api/plans/:planId/values`). After a save, every view of the plan and of the saved
 * indicators is fetched again, here and (through live updates) in other open pages.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, requestJson } from '../../../api/client';
import {
  savedValuesResponseSchema,
  valueBatchConflictSchema,
  valueFormConflictSchema,
  type SavedValuesResponse,
  type ValueBatchBody,
  type ValueConflict,
  type ValueFormBody,
} from '../../../api/valuesContract';
import type { IndicatorValue } from '../../../domain/model';
import { queryKeys } from '../../../lib/queryKeys';

export function saveFigure(
  indicatorId: string,
  period: string,
  body: ValueFormBody,
): Promise<SavedValuesResponse> {
  return requestJson(
    `/indicators/${encodeURIComponent(indicatorId)}/values/${encodeURIComponent(period)}`,
    savedValuesResponseSchema,
    { method: 'PUT', body },
  );
}

export function saveGrid(planId: string, body: ValueBatchBody): Promise<SavedValuesResponse> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/values`, savedValuesResponseSchema, {
    method: 'POST',
    body,
  });
}

/** Refetches what a change of these indicators' figures or definitions shows in. */
export async function invalidateIndicators(
  queryClient: QueryClient,
  planId: string,
  indicatorIds: readonly string[],
): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.planTree.ofPlan(planId) }),
    ...indicatorIds.map((indicatorId) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.indicator.one(indicatorId) }),
    ),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reviewTasks.ofPlan(planId) }),
  ]);
}

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}

/** The stored figure a stale form save met (null when it was removed), or undefined for other failures. */
export function formConflictOf(error: unknown): IndicatorValue | null | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = valueFormConflictSchema.safeParse(error.current);
  return parsed.success ? parsed.data : undefined;
}

/** The stale writes of a grid save, or undefined for other failures. */
export function gridConflictsOf(error: unknown): ValueConflict[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return undefined;
  const parsed = valueBatchConflictSchema.safeParse(error.current);
  return parsed.success ? parsed.data.conflicts : undefined;
}

export function useSaveFigure(planId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, body }: { period: string; body: ValueFormBody }) =>
      saveFigure(indicatorId, period, body),
    onSuccess: () => invalidateIndicators(queryClient, planId, [indicatorId]),
    // A conflict means what this page shows is stale: fetch what is stored now.
    onError: (error) =>
      isConflict(error) ? invalidateIndicators(queryClient, planId, [indicatorId]) : undefined,
  });
}

export function useSaveGrid(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ValueBatchBody) => saveGrid(planId, body),
    onSuccess: (_saved, body) =>
      invalidateIndicators(
        queryClient,
        planId,
        body.writes.map((write) => write.indicatorId),
      ),
    onError: (error, body) =>
      isConflict(error)
        ? invalidateIndicators(
            queryClient,
            planId,
            body.writes.map((write) => write.indicatorId),
          )
        : undefined,
  });
}
