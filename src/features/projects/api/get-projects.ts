/**
 * The portfolio of a plan with every project's status at the as-of month (`GET
 * /api/plans/:planId/projects?asOf=`). The page filters and sorts the whole list itself, so one
 * request serves every filter.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryString, requestJson } from '../../../api/client';
import { projectListResponseSchema, type ProjectListResponse } from '../../../api/projectsContract';
import type { Period } from '../../../domain/model';
import { queryKeys } from '../../../lib/queryKeys';

export function getProjects(
  planId: string,
  asOf: Period | undefined,
  signal?: AbortSignal,
): Promise<ProjectListResponse> {
  return requestJson(
    `/plans/${encodeURIComponent(planId)}/projects${queryString({ asOf })}`,
    projectListResponseSchema,
    { signal },
  );
}

export function projectsQueryOptions(planId: string, asOf: Period | undefined) {
  return queryOptions({
    queryKey: queryKeys.projects.asOf(planId, asOf),
    queryFn: ({ signal }) => getProjects(planId, asOf, signal),
  });
}

export function useProjects(planId: string | undefined, asOf: Period | undefined) {
  return useQuery({
    ...projectsQueryOptions(planId ?? '', asOf),
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}
