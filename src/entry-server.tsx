/**
 * The server's entry: renders the app to HTML for one address, from data the server already
 * fetched through its own API. Built by `vite build --ssr` into dist-server/ and loaded by the
 * real server, so an official sees the overview's figures before any JavaScript has run.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './App';
import type { FirstScreenState } from './app/firstScreenState';
import { createQueryClient } from './app/queryClient';
import { i18n } from './i18n/i18n';
import { useLocaleStore } from './stores/locale';

export type { FirstScreenState } from './app/firstScreenState';
export { firstScreenQueries, firstScreenRedirect } from './app/firstScreenQueries';

/**
 * Rendering is synchronous, and so is switching the shared language (every text is bundled and
 * i18next is initialised with `initAsync: false`), so setting it just before rendering cannot leak
 * into another request.
 */
export function renderFirstScreen(url: string, state: FirstScreenState): string {
  useLocaleStore.setState({ locale: state.locale });
  void i18n.changeLanguage(state.locale);
  const queryClient = createQueryClient();
  for (const { queryKey, data } of state.queries) queryClient.setQueryData(queryKey, data);
  try {
    return renderToString(
      <StrictMode>
        <StaticRouter location={url}>
          <App queryClient={queryClient} />
        </StaticRouter>
      </StrictMode>,
    );
  } finally {
    queryClient.clear();
  }
}
