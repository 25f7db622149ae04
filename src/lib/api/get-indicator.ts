/** One indicator with its figures, as known at an as-of period (`GET /api/indicators/:id?asOf=`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../api/client';
import { indicatorResponseSchema, type IndicatorResponse } from '../../api/contract';
import type { FigureView } from '../../domain/figureReview';
import type { Period } from '../../domain/model';
import { queryKeys } from '../queryKeys';

export function getIndicator(
  indicatorId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
  figures: FigureView = 'official',
): Promise<IndicatorResponse> {
  const query = queryString({ asOf, figures: figures === 'official' ? undefined : figures });
  return requestJson(
    `/indicators/${encodeURIComponent(indicatorId)}${query}`,
    indicatorResponseSchema,
    { signal },
  );
}

/** `figures`: the official (reviewed) ones unless said; the entry form asks for `current`. */
export function indicatorQueryOptions(
  indicatorId: string,
  asOf: Period | undefined,
  figures: FigureView = 'official',
) {
  return queryOptions({
    queryKey: queryKeys.indicator.asOf(indicatorId, asOf, figures),
    queryFn: ({ signal }) => getIndicator(indicatorId, asOf, signal, figures),
  });
}

export function useIndicator(indicatorId: string, asOf: Period | undefined, figures: FigureView = 'official') {
  return useQuery(indicatorQueryOptions(indicatorId, asOf, figures));
}
