/** Every indicator of a plan, retired ones included (`GET /api/plans/:planId/indicators?retired=include`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import { indicatorsResponseSchema } from '../../api/plansContract';
import { queryKeys } from '../queryKeys';

export function planIndicatorsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.planIndicators.ofPlan(planId),
    queryFn: ({ signal }) =>
      requestJson(`/plans/${encodeURIComponent(planId)}/indicators?retired=include`, indicatorsResponseSchema, {
        signal,
      }),
  });
}

export function usePlanIndicators(planId: string | undefined) {
  return useQuery({ ...planIndicatorsQueryOptions(planId ?? ''), enabled: planId !== undefined });
}
