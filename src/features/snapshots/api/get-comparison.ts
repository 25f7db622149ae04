/** A snapshot against now (`GET /api/snapshots/:id/compare`): each indicator then and now, and the figures since. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { snapshotComparisonSchema, type SnapshotComparison } from '../../../api/presentContract';
import { queryKeys } from '../../../lib/queryKeys';

export function getComparison(snapshotId: string, signal?: AbortSignal): Promise<SnapshotComparison> {
  return requestJson(`/snapshots/${encodeURIComponent(snapshotId)}/compare`, snapshotComparisonSchema, {
    signal,
  });
}

export function comparisonQueryOptions(snapshotId: string) {
  return queryOptions({
    queryKey: queryKeys.snapshotComparison.one(snapshotId),
    queryFn: ({ signal }) => getComparison(snapshotId, signal),
  });
}

export function useComparison(snapshotId: string, enabled: boolean) {
  return useQuery({ ...comparisonQueryOptions(snapshotId), enabled });
}
