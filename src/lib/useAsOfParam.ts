/** The as-of period chosen in the address (`?asOf=2024-03`), shared with the overview; undefined when absent or malformed. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { asOfParam, readAsOf } from './asOfParam';
import type { Period } from '../domain/model';

export function useAsOfParam(): Period | undefined {
  const [searchParams] = useSearchParams();
  return readAsOf(searchParams);
}

/**
 * Sets the as-of period in the address, keeping every other parameter (the overview's filters);
 * undefined goes back to the default view, the latest figures with their corrections.
 */
export function useSetAsOfParam(): (period: Period | undefined) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (period: Period | undefined) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (period === undefined) next.delete(asOfParam);
        else next.set(asOfParam, period);
        return next;
      }),
    [setParams],
  );
}
