/** One indicator with its figures, as known at an as-of period (`GET /api/indicators/:id?asOf=`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../api/client';
import { indicatorResponseSchema, type IndicatorResponse } from '../../api/contract';
import type { Period } from '../../domain/model';
import { queryKeys } from '../queryKeys';

export function getIndicator(
  indicatorId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
): Promise<IndicatorResponse> {
  return requestJson(
    `/indicators/${encodeURIComponent(indicatorId)}${queryString({ asOf })}`,
    indicatorResponseSchema,
    { signal },
  );
}

export function indicatorQueryOptions(indicatorId: string, asOf: Period | undefined) {
  return queryOptions({
    queryKey: queryKeys.indicator.asOf(indicatorId, asOf),
    queryFn: ({ signal }) => getIndicator(indicatorId, asOf, signal),
  });
}

export function useIndicator(indicatorId: string, asOf: Period | undefined) {
  return useQuery(indicatorQueryOptions(indicatorId, asOf));
}
