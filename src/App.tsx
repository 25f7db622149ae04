/** The whole app below the router: providers and routes. */
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <AppRoutes />
    </AppProviders>
  );
}
