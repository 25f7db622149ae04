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
export { firstScreenQueries, firstScreenRedirect, isFirstScreen } from './app/firstScreenQueries';
export { preloadScreen, screenSources } from './app/AppRoutes';

/** What React leaves where a part failed to render on the server (and is rendered in the browser). */
const clientRenderedBoundary = '<!--$!-->';

/**
 * The screen's code and texts must be loaded first (`preloadScreen`), else only its loading state
 * is rendered. Rendering is synchronous, and so is switching the shared language (every text is bundled and
 * i18next is initialised with `initAsync: false`), so setting it just before rendering cannot leak
 * into another request.
 */
export function renderFirstScreen(url: string, state: FirstScreenState): string {
  useLocaleStore.setState({ locale: state.locale });
  void i18n.changeLanguage(state.locale);
  const queryClient = createQueryClient();
  // Dated as the browser will date them, so what shows the time of the data agrees.
  for (const { queryKey, data } of state.queries)
    queryClient.setQueryData(queryKey, data, { updatedAt: state.renderedAt });
  try {
    const html = renderToString(
      <StrictMode>
        <StaticRouter location={url}>
          <App queryClient={queryClient} />
        </StaticRouter>
      </StrictMode>,
    );
    // A part that failed here would be left to the browser, behind a loading state: the page goes
    // out unrendered instead, and the failure is logged.
    if (html.includes(clientRenderedBoundary))
      throw new Error(`part of ${url} failed to render: ${/data-msg="([^"]*)"/.exec(html)?.[1] ?? ''}`);
    return html;
  } finally {
    queryClient.clear();
  }
}
