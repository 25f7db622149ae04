/**
 * Everything the presentation shows, live: the plan tree (refreshed every 30 s, kept offline), the
 * saved deck when one is asked for, each indicator's evaluation at the as-of month, and the running
 * order of slides.
 */
import { useMemo } from 'react';
import { defaultAsOfPeriod } from '../../domain/asOf';
import type { Period } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { evaluatePlan, planContext, valuesByIndicator } from '../../lib/plan/evaluatePlan';
import { useDeck } from './api/get-deck';
import { usePresentTree } from './api/get-present-tree';
import { isNetworkFailure } from './useConnectivity';
import { deckRunningOrder, defaultRunningOrder, withLinkedSlide, type PlannedSlide } from './slides';
import type { SlideData } from './slideData';
import { usePlanId } from '../../lib/plan/usePlanId';
import { useFigureViewParam } from '../../lib/figureViewParam';

export interface Presentation {
  data: SlideData | undefined;
  order: PlannedSlide[];
  deckName: string | null;
  /** The first failure that leaves nothing to show. */
  error: unknown;
  retry: () => void;
  /** When the latest refresh failed for want of a network (ms), or null. */
  refreshFailedAt: number | null;
}

/** `slideId` is the slide the address names; it is shown even when the running order leaves it out. */
export function usePresentation(
  deckId: string | undefined,
  asOf: Period | undefined,
  slideId: string | undefined,
): Presentation {
  const deck = useDeck(deckId);
  const addressedPlanId = usePlanId();
  const planId = deckId ? deck.data?.planId : addressedPlanId;
  // `?pending=1`, carried from the overview or the brief, shows figures waiting for review, marked.
  const tree = usePresentTree(planId, asOf, useFigureViewParam());

  const data = useMemo((): SlideData | undefined => {
    if (!tree.data) return undefined;
    const { plan, values, indicators, benchmarks } = tree.data;
    const asOfPeriod = asOf ?? defaultAsOfPeriod(values, plan.year, todayInChina());
    const context = planContext(plan.year, asOfPeriod, indicators, valuesByIndicator(values), benchmarks);
    return { tree: tree.data, context, evaluations: evaluatePlan(indicators, values, context, benchmarks) };
  }, [tree.data, asOf]);

  const order = useMemo(() => {
    if (!tree.data) return [];
    if (deckId && !deck.data) return [];
    const running = deck.data ? deckRunningOrder(tree.data, deck.data) : defaultRunningOrder(tree.data);
    return withLinkedSlide(tree.data, running, slideId);
  }, [tree.data, deck.data, deckId, slideId]);

  const failed = [deckId ? deck : null, tree].find(
    (query) => query !== null && query.isError && query.data === undefined,
  );
  const refreshFailedAt = isNetworkFailure(tree.error) ? tree.errorUpdatedAt : null;

  return {
    data: deckId && !deck.data ? undefined : data,
    order,
    deckName: deck.data?.name ?? null,
    error: failed?.error ?? null,
    retry: () => void failed?.refetch(),
    refreshFailedAt,
  };
}
