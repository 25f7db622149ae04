/** The meeting snapshots of a plan (`GET /api/plans/:planId/snapshots`), the latest meeting first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { snapshotsResponseSchema, type SnapshotsResponse } from '../../../api/presentContract';
import { queryKeys } from '../../../lib/queryKeys';

export function getSnapshots(planId: string, signal?: AbortSignal): Promise<SnapshotsResponse> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/snapshots`, snapshotsResponseSchema, { signal });
}

export function snapshotsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.snapshots.ofPlan(planId),
    queryFn: ({ signal }) => getSnapshots(planId, signal),
  });
}

export function useSnapshots(planId: string | undefined) {
  return useQuery({ ...snapshotsQueryOptions(planId ?? ''), enabled: planId !== undefined });
}
