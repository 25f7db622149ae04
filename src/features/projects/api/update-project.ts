/**
 * Editing a project (`PATCH /api/projects/:projectId`), e.g. marking it started on a day. A
 * project feeds the derived indicators of the whole plan, so a saved edit refreshes every query.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  projectWriteResponseSchema,
  type ProjectPatchInput,
  type ProjectWriteResponse,
} from '../../../api/projectsContract';

export function updateProject(projectId: string, patch: ProjectPatchInput): Promise<ProjectWriteResponse> {
  return requestJson(`/projects/${encodeURIComponent(projectId)}`, projectWriteResponseSchema, {
    method: 'PATCH',
    body: patch,
  });
}

export function useUpdateProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProjectPatchInput) => updateProject(projectId, patch),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
