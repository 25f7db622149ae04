/**
 * The view state of the overview, read from and written to the address: the as-of period
 * (`?asOf=2024-03`, set by src/components/AsOfSelect) and the indicator filters. Every view is therefore a shareable link.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readAsOf } from '../../lib/asOfParam';
import type { Period } from '../../domain/model';
import { filterParam, toFilters, type FilterName, type OverviewFilters } from './overviewFilters';

export interface OverviewSearch {
  /** The chosen as-of period, or undefined for the latest view. A malformed value is ignored. */
  asOf: Period | undefined;
  filters: OverviewFilters;
  setFilter: (name: FilterName, value: string | null) => void;
  clearFilters: () => void;
}

export function useOverviewSearch(): OverviewSearch {
  const [params, setParams] = useSearchParams();
  const asOf = readAsOf(params);
  const task = params.get(filterParam.task);
  const action = params.get(filterParam.action);
  const department = params.get(filterParam.department);
  const status = params.get(filterParam.status);
  // Rebuilt only when a filter changes, so memoised views keep the same object otherwise.
  const filters = useMemo(
    () => toFilters({ task, action, department, status }),
    [task, action, department, status],
  );

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      }),
    [setParams],
  );

  const setFilter = useCallback(
    (name: FilterName, value: string | null) =>
      update((next) => {
        if (value) next.set(filterParam[name], value);
        else next.delete(filterParam[name]);
      }),
    [update],
  );
  const clearFilters = useCallback(
    () => update((next) => Object.values(filterParam).forEach((name) => next.delete(name))),
    [update],
  );

  return { asOf, filters, setFilter, clearFilters };
}
