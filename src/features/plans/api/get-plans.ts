/** The plans on record (`GET /api/plans`); the dashboard shows the first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { plansResponseSchema, type PlansResponse } from '../../../api/contract';

export function getPlans(signal?: AbortSignal): Promise<PlansResponse> {
  return requestJson('/plans', plansResponseSchema, { signal });
}

export function plansQueryOptions() {
  return queryOptions({
    queryKey: ['plans'] as const,
    queryFn: ({ signal }) => getPlans(signal),
  });
}

export function usePlans() {
  return useQuery(plansQueryOptions());
}
