/**
 * The switch of official views (`?pending=1`): off, reviewed figures only; on, figures waiting
 * for review too, marked 待审核 (src/domain/figureReview.ts). Shared by every official screen.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { FigureView } from '../domain/figureReview';

export const pendingParam = 'pending';

export function useFigureViewParam(): FigureView {
  const [searchParams] = useSearchParams();
  return searchParams.get(pendingParam) === '1' ? 'withPending' : 'official';
}

/** Turns the switch on or off, keeping every other parameter. */
export function useSetPendingShown(): (shown: boolean) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (shown: boolean) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (shown) next.set(pendingParam, '1');
        else next.delete(pendingParam);
        return next;
      }),
    [setParams],
  );
}
