/** The saved decks of a plan (`GET /api/plans/:planId/decks`), newest change first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { decksResponseSchema, type DecksResponse } from '../../../api/presentContract';
import { queryKeys } from '../../../lib/queryKeys';

export function getDecks(planId: string, signal?: AbortSignal): Promise<DecksResponse> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/decks`, decksResponseSchema, { signal });
}

export function decksQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.decks.ofPlan(planId),
    queryFn: ({ signal }) => getDecks(planId, signal),
  });
}

export function useDecks(planId: string | undefined) {
  return useQuery({ ...decksQueryOptions(planId ?? ''), enabled: planId !== undefined });
}
