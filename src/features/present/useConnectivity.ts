/**
 * Whether the presentation has lost the network, and since when: the browser says it went
 * offline, the latest refresh of the data failed to reach the server, or the answers are the
 * offline copies the presentation's service worker kept. Back online, all clear.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../../api/client';
import { offlineCopiesSince, subscribeToOfflineCopies } from '../../api/offlineCopy';

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'network';
}

/** `failedAt`: when the latest refresh failed for want of a network (ms), or null. Returns when the loss began, or null. */
export function useOfflineSince(failedAt: number | null): Date | null {
  // Asked once on screen: a page rendered on the server knows nothing of the browser's network.
  const [offlineAt, setOfflineAt] = useState<Date | null>(null);
  useEffect(() => {
    const goneOffline = () => setOfflineAt((current) => current ?? new Date());
    const backOnline = () => setOfflineAt(null);
    if (!navigator.onLine) goneOffline();
    window.addEventListener('offline', goneOffline);
    window.addEventListener('online', backOnline);
    return () => {
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
    };
  }, []);
  const copiesSince = useSyncExternalStore(subscribeToOfflineCopies, offlineCopiesSince, () => null);
  const times = [offlineAt?.getTime() ?? null, failedAt, copiesSince].filter((time) => time !== null);
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
