/**
 * The query of the address, as the project list holds its view in it, changed so that a new view
 * shows at once. Told to the router, a change would show only after the router's transition had
 * rendered the whole app again, and writing the browser's address takes a while at times: so the
 * new query is shown first, and written to the address (and so told to the router) once the
 * frame showing it has been painted. Where the browser's address is not the router's (on the
 * server, or under a router of its own in memory), the router's query is read and written as is.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate } from 'react-router';
import { afterNextPaint } from './afterNextPaint';

/** The views on screen, told of each change. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A query shown but not yet written to the address, and the page it belongs to. */
let unwritten: { pathname: string; search: string } | null = null;

/** Whether the browser's address is the router's page. */
function browserShows(pathname: string): boolean {
  return typeof window !== 'undefined' && window.location.pathname === pathname;
}

export function useAddressSearch(): [URLSearchParams, (change: (next: URLSearchParams) => void) => void] {
  const { pathname, search: routerSearch } = useLocation();
  const navigate = useNavigate();
  const readSearch = useCallback(() => {
    if (!browserShows(pathname)) return routerSearch;
    return unwritten?.pathname === pathname ? unwritten.search : window.location.search;
  }, [pathname, routerSearch]);
  const search = useSyncExternalStore(subscribe, readSearch, () => routerSearch);
  const params = useMemo(() => new URLSearchParams(search), [search]);

  /** Changes the query (replacing the address, not adding to the history). */
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(readSearch());
      change(next);
      const query = next.toString();
      const to = { pathname, search: query ? `?${query}` : '' };
      if (!browserShows(pathname)) {
        void navigate(to, { replace: true });
        return;
      }
      const alreadyDue = unwritten !== null;
      unwritten = to;
      // Drawn before the event is over, as React does after a change of a select of its own.
      flushSync(() => {
        for (const listener of listeners) listener();
      });
      if (alreadyDue) return;
      afterNextPaint(() => {
        const due = unwritten;
        unwritten = null;
        if (due && browserShows(due.pathname)) void navigate(due, { replace: true });
      });
    },
    [navigate, pathname, readSearch],
  );
  return [params, update];
}
