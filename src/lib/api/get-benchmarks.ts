/** A plan's benchmark series (`GET /api/plans/:planId/benchmarks`): what relative targets compare with. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import { benchmarksResponseSchema } from '../../api/plansContract';
import { queryKeys } from '../queryKeys';

export function benchmarksQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.benchmarks.ofPlan(planId),
    queryFn: ({ signal }) =>
      requestJson(`/plans/${encodeURIComponent(planId)}/benchmarks`, benchmarksResponseSchema, { signal }),
  });
}

export function useBenchmarks(planId: string | undefined) {
  return useQuery({ ...benchmarksQueryOptions(planId ?? ''), enabled: planId !== undefined });
}
