/** The as-of period chosen in the address (`?asOf=2024-03`), shared with the overview; undefined when absent or malformed. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { asOfParam, readAsOf } from './asOfParam';
import type { Period } from '../domain/model';

export function useAsOfParam(): Period | undefined {
  const [searchParams] = useSearchParams();
  return readAsOf(searchParams);
}

/** Sets the as-of period in the address, keeping every other parameter (the overview's filters). */
export function useSetAsOfParam(): (period: Period) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (period: Period) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(asOfParam, period);
        return next;
      }),
    [setParams],
  );
}
