/**
 * Which lagging indicators owe a reason (待说明) and which have filed one, for a view that lists
 * many indicators (the overview's cards and table). Provided around the view with the plan, its
 * as-of period and whether any indicator of the view lags at all (else nothing is fetched); until
 * the explanations have loaded, nothing is marked.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Explanation } from '../api/explanationsContract';
import { explanationStateOf, type ExplanationState } from '../domain/accountability/explanations';
import type { Evaluation } from '../domain/evaluation';
import type { Period } from '../domain/model';
import { explanationsByIndicator, explanationsQueryOptions } from './api/get-explanations';

interface FiledExplanations {
  asOfPeriod: Period;
  byIndicator: ReadonlyMap<string, readonly Explanation[]>;
}

const Filed = createContext<FiledExplanations | null>(null);

export function ExplanationsProvider({
  planId,
  asOfPeriod,
  anyLagging,
  children,
}: {
  planId: string;
  asOfPeriod: Period;
  /** Does any indicator of the view stand 滞后 or 未完成? */
  anyLagging: boolean;
  children: ReactNode;
}) {
  const list = useQuery({ ...explanationsQueryOptions(planId), enabled: anyLagging }).data?.explanations;
  const filed = useMemo(
    () => (list ? { asOfPeriod, byIndicator: explanationsByIndicator(list) } : null),
    [list, asOfPeriod],
  );
  return <Filed.Provider value={filed}>{children}</Filed.Provider>;
}

/** What the view shows of this indicator's explanation: none asked, 待说明, or filed. */
export function useExplanationState(
  indicatorId: string,
  evaluation: Pick<Evaluation, 'status' | 'actualPeriod'>,
): ExplanationState<Explanation> {
  const filed = useContext(Filed);
  if (!filed) return { kind: 'notAsked' };
  return explanationStateOf(evaluation, filed.asOfPeriod, filed.byIndicator.get(indicatorId) ?? []);
}
