/**
 * A plan with its indicators, work items and figures as known at an as-of period
 * (`GET /api/plans/:planId?asOf=`). Without an as-of period: everything known now.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../api/client';
import type { PlanTreeResponse } from '../../api/contract';
import type { FigureView } from '../../domain/figureReview';
import type { Period } from '../../domain/model';
import { queryKeys } from '../queryKeys';

/** `figures`: the official (reviewed) ones unless said (src/domain/figureReview.ts). */
export function getPlanTree(
  planId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
  figures: FigureView = 'official',
): Promise<PlanTreeResponse> {
  const query = queryString({ asOf, figures: figures === 'official' ? undefined : figures });
  return requestJson(
    `/plans/${encodeURIComponent(planId)}${query}`,
    () => import('../../api/contract').then((contract) => contract.planTreeResponseSchema),
    { signal },
  );
}

export function planTreeQueryOptions(
  planId: string,
  asOf: Period | undefined,
  figures: FigureView = 'official',
) {
  return queryOptions({
    queryKey: queryKeys.planTree.asOf(planId, asOf, figures),
    queryFn: ({ signal }) => getPlanTree(planId, asOf, signal, figures),
  });
}

/**
 * Waits for a plan id. While another as-of period loads, the previous view stays on screen
 * (marked as updating) instead of flashing back to a skeleton.
 */
export function usePlanTree(
  planId: string | undefined,
  asOf: Period | undefined,
  figures: FigureView = 'official',
) {
  return useQuery({
    ...planTreeQueryOptions(planId ?? '', asOf, figures),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}
