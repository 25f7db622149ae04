/**
 * A plan with its indicators, work items and figures as known at an as-of period
 * (`GET /api/plans/:planId?asOf=`). Without an as-of period: everything known now.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../api/client';
import type { PlanTreeResponse } from '../../api/contract';
import type { Period } from '../../domain/model';
import { queryKeys } from '../queryKeys';

export function getPlanTree(
  planId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
): Promise<PlanTreeResponse> {
  return requestJson(
    `/plans/${encodeURIComponent(planId)}${queryString({ asOf })}`,
    () => import('../../api/contract').then((contract) => contract.planTreeResponseSchema),
    {
      signal,
    },
  );
}

export function planTreeQueryOptions(planId: string, asOf: Period | undefined) {
  return queryOptions({
    queryKey: queryKeys.planTree.asOf(planId, asOf),
    queryFn: ({ signal }) => getPlanTree(planId, asOf, signal),
  });
}

/**
 * Waits for a plan id. While another as-of period loads, the previous view stays on screen
 * (marked as updating) instead of flashing back to a skeleton.
 */
export function usePlanTree(planId: string | undefined, asOf: Period | undefined) {
  return useQuery({
    ...planTreeQueryOptions(planId ?? '', asOf),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}
