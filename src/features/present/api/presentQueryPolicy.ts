/**
 * How presenting keeps its data: refreshed every 30 s while on screen, kept in the React Query
 * cache for a day, and served from that cache when the network is gone (`offlineFirst`), then
 * refreshed as soon as the network returns. The cache, not a service worker, keeps a loaded
 * presentation working offline, so it never competes with the mock API's service worker.
 */
export const presentRefreshMs = 30_000;
export const presentCacheMs = 24 * 60 * 60 * 1000;

export const presentQueryPolicy = {
  refetchInterval: presentRefreshMs,
  refetchIntervalInBackground: true,
  gcTime: presentCacheMs,
  networkMode: 'offlineFirst',
  refetchOnReconnect: 'always',
} as const;
