/**
 * The plan tree while presenting: the overview's query (same key, so any refresh of the plan
 * reaches the slides too) with the presenting policy: live every 30 s, kept offline.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FigureView } from '../../../domain/figureReview';
import type { Period } from '../../../domain/model';
import { planTreeQueryOptions } from '../../../lib/api/get-plan-tree';
import { presentQueryPolicy } from './presentQueryPolicy';

/** `figures`: reviewed ones unless the address asks for those waiting for review too. */
export function usePresentTree(
  planId: string | undefined,
  asOf: Period | undefined,
  figures: FigureView = 'official',
) {
  return useQuery({
    ...planTreeQueryOptions(planId ?? '', asOf, figures),
    ...presentQueryPolicy,
    enabled: planId !== undefined,
    placeholderData: keepPreviousData,
  });
}
