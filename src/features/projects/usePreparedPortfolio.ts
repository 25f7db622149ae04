/**
 * Readies a freshly arrived portfolio for the first sort by each column and the first search
 * while the browser has nothing else to do, one piece at a time, so that none of them pays for it.
 */
import { useEffect } from 'react';
import {
  prepareSearch,
  projectSortKeys,
  type PortfolioSorter,
  type ProjectRow,
} from '../../domain/projects/portfolio';

type Cancel = () => void;

const sortOrders = ['asc', 'desc'] as const;

function whenIdle(then: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(then, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(then, 50);
  return () => clearTimeout(timer);
}

export function usePreparedPortfolio(rows: readonly ProjectRow[], sorter: PortfolioSorter): void {
  useEffect(() => {
    if (rows.length === 0) return;
    const pieces = [
      ...projectSortKeys.flatMap((key) => sortOrders.map((order) => () => sorter.prepare(key, order))),
      () => prepareSearch(rows),
    ];
    let cancel: Cancel = () => {};
    const next = () => {
      pieces.shift()?.();
      if (pieces.length > 0) cancel = whenIdle(next);
    };
    cancel = whenIdle(next);
    return () => cancel();
  }, [rows, sorter]);
}
