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
import { whenIdle, type Cancel, type IdleTimeLeft } from './whenIdle';

const sortOrders = ['asc', 'desc'] as const;
const batchMs = 8;

export function usePreparedPortfolio(rows: readonly ProjectRow[], sorter: PortfolioSorter): void {
  useEffect(() => {
    if (rows.length === 0) return;
    const pieces = [
      ...projectSortKeys.flatMap((key) => sortOrders.map((order) => () => sorter.prepare(key, order))),
      () => prepareSearch(rows),
    ];
    let cancel: Cancel = () => {};
    // As many pieces as the idle time allows, at least one, but never more than a few
    // milliseconds' worth: a click meanwhile waits for them.
    const next = (timeLeft: IdleTimeLeft) => {
      const started = performance.now();
      do pieces.shift()?.();
      while (pieces.length > 0 && timeLeft() > 4 && performance.now() - started < batchMs);
      if (pieces.length > 0) cancel = whenIdle(next);
    };
    cancel = whenIdle(next);
    return () => cancel();
  }, [rows, sorter]);
}
