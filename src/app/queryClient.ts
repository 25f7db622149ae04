/**
 * The global React Query policy. Figures change when someone reports them, not second by second,
 * so data stays fresh for a minute. A request the client got wrong (4xx) is never retried; a lost
 * connection or a storage outage is retried once.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const staleTimeMs = 60_000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const transient = error.code === 'network' || error.code === 'unavailable';
  return transient && failureCount < 1;
}

export interface QueryClientOptions {
  /** Pause before the single retry; tests pass 0. */
  retryDelayMs?: number;
}

export function createQueryClient({ retryDelayMs = 1_000 }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: staleTimeMs,
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
