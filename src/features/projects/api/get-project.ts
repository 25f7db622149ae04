/** One project with its dated history and change record (`GET /api/projects/:projectId`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { projectResponseSchema, type ProjectResponse } from '../../../api/projectsContract';
import { queryKeys } from '../../../lib/queryKeys';

export function getProject(projectId: string, signal?: AbortSignal): Promise<ProjectResponse> {
  return requestJson(`/projects/${encodeURIComponent(projectId)}`, projectResponseSchema, { signal });
}

export function projectQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: queryKeys.project.one(projectId),
    queryFn: ({ signal }) => getProject(projectId, signal),
  });
}

export function useProject(projectId: string) {
  return useQuery(projectQueryOptions(projectId));
}
