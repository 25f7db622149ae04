/** The plans on record (`GET /api/plans`); the address says which one a screen shows. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import type { PlansResponse } from '../../api/contract';
import { queryKeys } from '../queryKeys';

export function getPlans(signal?: AbortSignal): Promise<PlansResponse> {
  return requestJson(
    '/plans',
    () => import('../../api/contract').then((contract) => contract.plansResponseSchema),
    { signal },
  );
}

export function plansQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.plans(),
    queryFn: ({ signal }) => getPlans(signal),
  });
}

export function usePlans() {
  return useQuery(plansQueryOptions());
}
