/**
 * The mock API in the browser (`npm run mock`): a service worker hands /api requests to the Hono
 * app running in the page. Imported dynamically only in mock mode, so builds never carry it.
 */
import { setupWorker } from 'msw/browser';
import { createMockHandlers } from './handlers';
import { mockApp } from './mockApp';
import { withSessionCookieJar } from './sessionCookieJar';

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...createMockHandlers(withSessionCookieJar(mockApp)));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' });
}
