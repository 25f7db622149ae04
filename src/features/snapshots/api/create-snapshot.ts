/** Taking a snapshot (`POST /api/plans/:planId/snapshots`); the list refreshes after. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  snapshotSummarySchema,
  type SnapshotInput,
  type SnapshotSummary,
} from '../../../api/presentContract';
import { snapshotsQueryOptions } from './get-snapshots';

export function createSnapshot(planId: string, input: SnapshotInput): Promise<SnapshotSummary> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/snapshots`, snapshotSummarySchema, {
    method: 'POST',
    body: input,
  });
}

export function useCreateSnapshot(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SnapshotInput) => createSnapshot(planId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsQueryOptions(planId).queryKey }),
  });
}
