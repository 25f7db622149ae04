/**
 * Lets a presentation survive a reload with no network: registers the presentation's service
 * worker (public/present-sw.js, one registration per plan, scoped to the plan's presentation
 * address `/plans/:planId/present`) and asks it to keep what this page has already
 * loaded (the page, its built files and its API answers, those the server read for it included),
 * since the worker only sees what is loaded after it took over. Only in a production build against a real server: the mock runs its
 * API in the page through a worker of its own, and the development server rebuilds files as they
 * change.
 * Signing in or out forgets the kept answers (forgetOfflineCopies).
 */
import { useEffect } from 'react';
import { apiBase } from '../../api/apiBase';
import { firstScreenReads } from '../../lib/firstScreenReads';
import { isMockMode } from '../../lib/mockMode';
import { usePlanPath } from '../../lib/plan/usePlanId';

export const presentWorkerUrl = '/present-sw.js';

function loadedUrls(): string[] {
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const { origin, pathname } = new URL(url);
      return origin === location.origin && (pathname.startsWith('/assets/') || pathname.startsWith('/api/'));
    });
  // A server-rendered page came with answers the browser never fetched: they are kept too.
  const readByServer = firstScreenReads().map(
    (apiPath) => new URL(`${apiBase}${apiPath}`, location.origin).href,
  );
  return [location.href, ...new Set([...loaded, ...readByServer])];
}

/** `loaded`: the slides' data has arrived, so everything worth keeping has been loaded. */
export function useOfflineCopies(loaded: boolean): void {
  const scope = usePlanPath()('present');
  useEffect(() => {
    if (!loaded || !import.meta.env.PROD || isMockMode || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register(presentWorkerUrl, { scope })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!cancelled) registration.active?.postMessage({ type: 'keep', urls: loadedUrls() });
      })
      .catch(() => {
        // No worker (a private window, a browser setting): presenting works as before, online.
      });
    return () => {
      cancelled = true;
    };
  }, [loaded, scope]);
}
