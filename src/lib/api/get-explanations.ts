/**
 * The reasons and measures filed for a plan's lagging targets (`GET /api/plans/:planId/explanations`):
 * read by the indicator page, the monthly brief and the slides.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import type { Explanation } from '../../api/explanationsContract';
import { queryKeys } from '../queryKeys';

export function explanationsQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.explanations.ofPlan(planId),
    queryFn: ({ signal }) =>
      requestJson(
        `/plans/${encodeURIComponent(planId)}/explanations`,
        () =>
          import('../../api/explanationsContract').then((contract) => contract.explanationsResponseSchema),
        { signal },
      ),
  });
}

export function useExplanations(planId: string | undefined) {
  return useQuery({ ...explanationsQueryOptions(planId ?? ''), enabled: planId !== undefined });
}

/** The explanations of a plan by indicator id. */
export function explanationsByIndicator(explanations: readonly Explanation[]): Map<string, Explanation[]> {
  const grouped = new Map<string, Explanation[]>();
  for (const explanation of explanations)
    grouped.set(explanation.indicatorId, [...(grouped.get(explanation.indicatorId) ?? []), explanation]);
  return grouped;
}
