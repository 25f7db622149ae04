/** After an admin's write: every query that shows plans, their frame, indicators, series or departments is read again. */
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/queryKeys';

export async function refreshPlanData(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [
      queryKeys.plans(),
      queryKeys.planTree.all(),
      queryKeys.planIndicators.all(),
      queryKeys.indicator.all(),
      queryKeys.benchmarks.all(),
      queryKeys.departments.all(),
      queryKeys.audit.all(),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
