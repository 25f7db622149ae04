/**
 * The projects holding a derived indicator back at the as-of month, the weightiest first
 * (`GET /api/indicators/:indicatorId/projects-behind?asOf=`).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../../api/client';
import { projectsBehindResponseSchema, type ProjectsBehindResponse } from '../../../api/projectsContract';
import type { Period } from '../../../domain/model';
import { queryKeys } from '../../../lib/queryKeys';

export function getProjectsBehind(
  indicatorId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
): Promise<ProjectsBehindResponse> {
  return requestJson(
    `/indicators/${encodeURIComponent(indicatorId)}/projects-behind${queryString({ asOf })}`,
    projectsBehindResponseSchema,
    { signal },
  );
}

export function projectsBehindQueryOptions(indicatorId: string, asOf: Period | undefined) {
  return queryOptions({
    queryKey: queryKeys.projectsBehind.asOf(indicatorId, asOf),
    queryFn: ({ signal }) => getProjectsBehind(indicatorId, asOf, signal),
  });
}

/** Nothing is fetched without an indicator. */
export function useProjectsBehind(indicatorId: string | undefined, asOf: Period | undefined) {
  return useQuery({
    ...projectsBehindQueryOptions(indicatorId ?? '', asOf),
    enabled: indicatorId !== undefined,
    placeholderData: keepPreviousData,
  });
}
