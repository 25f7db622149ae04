/** One snapshot as taken (`GET /api/snapshots/:id`). It never changes, so it never goes stale. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { snapshotSchema, type Snapshot } from '../../../api/presentContract';
import { queryKeys } from '../../../lib/queryKeys';

export function getSnapshot(snapshotId: string, signal?: AbortSignal): Promise<Snapshot> {
  return requestJson(`/snapshots/${encodeURIComponent(snapshotId)}`, snapshotSchema, { signal });
}

export function snapshotQueryOptions(snapshotId: string) {
  return queryOptions({
    queryKey: queryKeys.snapshot.one(snapshotId),
    queryFn: ({ signal }) => getSnapshot(snapshotId, signal),
    staleTime: Infinity,
  });
}

export function useSnapshot(snapshotId: string) {
  return useQuery(snapshotQueryOptions(snapshotId));
}
