/**
 * Puts the app on the page. When the server rendered the first screen, the app takes over that
 * HTML (hydrates) with the data it was rendered from, as a transition, so the work yields to the
 * browser every few milliseconds. Otherwise, or when the page was rendered in another language
 * than the one this browser remembers, it renders from scratch.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from '../App';
import { useLocaleStore } from '../stores/locale';
import { createQueryClient } from './queryClient';
import { rememberFirstScreenReads } from '../lib/firstScreenReads';
import { readFirstScreenState } from './firstScreenState';

export function mountApp(container: HTMLElement, stateText: string | null | undefined): Root {
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <BrowserRouter>
        <App queryClient={queryClient} />
      </BrowserRouter>
    </StrictMode>
  );
  const state = readFirstScreenState(stateText);
  if (state && state.locale === useLocaleStore.getState().locale && container.hasChildNodes()) {
    // Dated when the server read them (never later than now by this browser's clock), so data
    // older than the freshness window is fetched again.
    const readAt = Math.min(state.renderedAt, Date.now());
    for (const { queryKey, data } of state.queries)
      queryClient.setQueryData(queryKey, data, { updatedAt: readAt });
    rememberFirstScreenReads(state.queries.flatMap(({ apiPath }) => (apiPath ? [apiPath] : [])));
    let root!: Root;
    startTransition(() => {
      root = hydrateRoot(container, app);
    });
    return root;
  }
  container.replaceChildren();
  const root = createRoot(container);
  root.render(app);
  return root;
}
