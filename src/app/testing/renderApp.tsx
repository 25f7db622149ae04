/**
 * Renders the whole app (providers, layout, routes) for a component test: the real router at a
 * starting address, a fresh query client that retries without waiting, and the language reset to
 * Chinese. `location()` tells where the app has navigated to.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { App } from '../../App';
import { defaultLocale } from '../../i18n/locales';
import { useLocaleStore } from '../../stores/locale';
import { AppProviders } from '../AppProviders';
import { createQueryClient } from '../queryClient';

/** Forgets any remembered language: every test starts in Chinese unless it says otherwise. */
export function resetLocale(): void {
  localStorage.clear();
  useLocaleStore.setState({ locale: defaultLocale });
}

function LocationProbe({ onLocation }: { onLocation: (location: Location) => void }) {
  onLocation(useLocation());
  return null;
}

export function renderApp(route = '/') {
  let current: Location | undefined;
  const queryClient = createQueryClient({ retryDelayMs: 0 });
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[route]}>
      <App queryClient={queryClient} />
      <LocationProbe onLocation={(location) => (current = location)} />
    </MemoryRouter>,
  );
  const location = (): Location => {
    if (!current) throw new Error('the router has not rendered');
    return current;
  };
  return { ...result, user, queryClient, location };
}

/** Renders one component with the app's providers and router, for tests of shared pieces. */
export function renderWithProviders(ui: ReactElement, route = '/') {
  const queryClient = createQueryClient({ retryDelayMs: 0 });
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[route]}>
      <AppProviders queryClient={queryClient}>{ui}</AppProviders>
    </MemoryRouter>,
  );
  return { ...result, user, queryClient };
}
