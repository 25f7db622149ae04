/**
 * One MSW handler hands every /api request to the Hono app, so the mock answers exactly as the
 * server does.
 */
import { http, type HttpHandler } from 'msw';

/**
 * Requests whose path starts with /api, on any origin, and nothing else: a wildcard before /api
 * would also catch dev-server modules such as /src/features/indicator/api/getIndicator.ts.
 */
export const apiRequestPattern = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/api(?:\/|$)/i;

export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/** `app` is the app itself, or a function that builds it on first use. */
export function createMockHandlers(app: FetchHandler | (() => Promise<FetchHandler>)): HttpHandler[] {
  return [
    http.all(apiRequestPattern, async ({ request }) => {
      const handler = typeof app === 'function' ? await app() : app;
      return handler.fetch(request);
    }),
  ];
}
