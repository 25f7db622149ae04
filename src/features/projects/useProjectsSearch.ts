/**
 * The view state of the project list, all in the address so that every view is a link:
 * filters (`level`, `kind`, `chain`, `track`, `status`, `department`), the search (`q`), the sort
 * (`sort`, `order`), the as-of month (`asOf`) and the indicator whose laggards come first
 * (`behind`). A malformed value is ignored, as if absent. A change shows at once (useAddressSearch).
 */
import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { periodSchema, type Period } from '../../domain/model';
import {
  industryChainSchema,
  industryTrackSchema,
  projectKindSchema,
  projectLevelSchema,
  projectStatusSchema,
} from '../../domain/projects/model';
import {
  projectSortKeys,
  type PortfolioFilter,
  type ProjectSortKey,
  type SortOrder,
} from '../../domain/projects/portfolio';
import { useAddressSearch } from './useAddressSearch';

export const filterNames = ['level', 'kind', 'chain', 'track', 'status', 'department', 'q'] as const;
export type FilterName = (typeof filterNames)[number];

const filterSchemas: Record<FilterName, z.ZodType<string>> = {
  level: projectLevelSchema,
  kind: projectKindSchema,
  chain: industryChainSchema,
  track: industryTrackSchema,
  status: projectStatusSchema,
  department: z.string().min(1),
  q: z.string().min(1),
};

const sortKeySchema = z.enum(projectSortKeys);
const orderSchema = z.enum(['asc', 'desc']);

function valid<T>(schema: z.ZodType<T>, raw: string | null): T | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export interface ProjectsSearch {
  filter: PortfolioFilter;
  sort: ProjectSortKey | undefined;
  order: SortOrder;
  asOf: Period | undefined;
  /** The derived indicator whose laggards are listed first. */
  behind: string | undefined;
  hasFilter: boolean;
  setFilter: (name: FilterName, value: string | null) => void;
  /** A track belongs to one chain, so both are set together. */
  setChainAndTrack: (chain: string | null, track: string | null) => void;
  /** Sorts by the column; choosing the sorted column again reverses the order. */
  toggleSort: (key: ProjectSortKey) => void;
  clearFilters: () => void;
  clearBehind: () => void;
}

export function useProjectsSearch(): ProjectsSearch {
  const [params, update] = useAddressSearch();
  const raw = filterNames.map((name) => params.get(name));
  const filterKey = raw.join('\u0000');
  // Rebuilt only when a filter changes, so the memoised filtering runs only then.
  const filter = useMemo(() => {
    const values = filterKey.split('\u0000');
    return Object.fromEntries(
      filterNames.map((name, i) => [name, valid(filterSchemas[name], values[i] || null)]),
    ) as PortfolioFilter;
  }, [filterKey]);
  const sort = valid(sortKeySchema, params.get('sort'));
  const order = valid(orderSchema, params.get('order')) ?? 'asc';
  const asOf = valid(periodSchema, params.get('asOf'));
  const behind = params.get('behind') || undefined;

  const setFilter = useCallback(
    (name: FilterName, value: string | null) =>
      update((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
      }),
    [update],
  );
  const setChainAndTrack = useCallback(
    (chain: string | null, track: string | null) =>
      update((next) => {
        for (const [name, value] of [
          ['chain', chain],
          ['track', track],
        ] as const) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
      }),
    [update],
  );
  const toggleSort = useCallback(
    (key: ProjectSortKey) =>
      update((next) => {
        const sameKey = next.get('sort') === key;
        next.set('sort', key);
        next.set('order', sameKey && next.get('order') !== 'desc' ? 'desc' : 'asc');
      }),
    [update],
  );
  const clearFilters = useCallback(
    () => update((next) => filterNames.forEach((name) => next.delete(name))),
    [update],
  );
  const clearBehind = useCallback(() => update((next) => next.delete('behind')), [update]);

  return {
    filter,
    sort,
    order,
    asOf,
    behind,
    hasFilter: Object.values(filter).some((value) => value !== undefined),
    setFilter,
    setChainAndTrack,
    toggleSort,
    clearFilters,
    clearBehind,
  };
}
