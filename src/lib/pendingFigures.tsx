/**
 * Which shown figures are waiting for review, so that any cell showing one can mark it 待审核.
 * Provided by an official view around its content; empty when the view shows reviewed figures only.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isAwaitingReview } from '../domain/awaitingReview';
import type { IndicatorValue } from '../domain/model';

const PendingFigures = createContext<ReadonlySet<string>>(new Set());

function keyOf(indicatorId: string, period: string): string {
  return `${indicatorId} ${period}`;
}

export function PendingFiguresProvider({
  values,
  children,
}: {
  values: readonly IndicatorValue[];
  children: ReactNode;
}) {
  const pending = useMemo(
    () => new Set(values.filter(isAwaitingReview).map((value) => keyOf(value.indicatorId, value.period))),
    [values],
  );
  return <PendingFigures.Provider value={pending}>{children}</PendingFigures.Provider>;
}

/** Is the figure of this indicator and period, as shown, waiting for review? */
export function useIsPendingFigure(indicatorId: string, period: string | null | undefined): boolean {
  return usePendingFigureCheck()(indicatorId, period);
}

/** The same question for a list that asks it of many rows. */
export function usePendingFigureCheck(): (indicatorId: string, period: string | null | undefined) => boolean {
  const pending = useContext(PendingFigures);
  return (indicatorId, period) =>
    period !== null && period !== undefined && pending.has(keyOf(indicatorId, period));
}
