/**
 * Whether the presentation has lost the network, and since when: the browser says it went
 * offline, or the latest refresh of the data failed to reach the server. Back online, both clear.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'network';
}

/** `failedAt`: when the latest refresh failed for want of a network (ms), or null. Returns when the loss began, or null. */
export function useOfflineSince(failedAt: number | null): Date | null {
  const [offlineAt, setOfflineAt] = useState<Date | null>(() => (navigator.onLine ? null : new Date()));
  useEffect(() => {
    const goneOffline = () => setOfflineAt((current) => current ?? new Date());
    const backOnline = () => setOfflineAt(null);
    window.addEventListener('offline', goneOffline);
    window.addEventListener('online', backOnline);
    return () => {
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
    };
  }, []);
  if (offlineAt && failedAt !== null) return new Date(Math.min(offlineAt.getTime(), failedAt));
  return offlineAt ?? (failedAt === null ? null : new Date(failedAt));
}
