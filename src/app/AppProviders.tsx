/** Server data (React Query) and texts (i18next) for everything below; the router wraps this. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { useHydrated } from '../lib/useHydrated';

const LiveUpdates = lazy(() => import('./liveUpdates').then((module) => ({ default: module.LiveUpdates })));

/**
 * Listens for others' changes once the app has taken over the page. Its code and the events'
 * schemas load then rather than with the page; the server and the hydrating browser render nothing
 * here.
 */
function LiveUpdatesOnceHydrated() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <LiveUpdates />
    </Suspense>
  );
}

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdatesOnceHydrated />
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
