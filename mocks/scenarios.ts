/**
 * Handlers that put the mock into a situation a screen must cope with. Pass them to
 * createMockServer(...) or `server.use(...)`; they take precedence over the default handlers.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { errorBody, errorStatus } from '../server/http/errors';
import type { ApiApp } from '../server/app';
import { apiRequestPattern } from './handlers';
import { createMockApp } from './mockApp';

/** Every API answer arrives `ms` milliseconds late (the request then goes on to the next handler). */
export function slowResponses(ms: number): HttpHandler {
  return http.all(apiRequestPattern, async () => {
    await delay(ms);
  });
}

/** Every API request fails with a 500 `internal` error in the contract's shape. */
export function serverError(): HttpHandler {
  return http.all(apiRequestPattern, ({ request }) =>
    HttpResponse.json(errorBody('internal', request.headers.get('Accept-Language') ?? undefined), {
      status: errorStatus.internal,
    }),
  );
}

let emptyApp: Promise<ApiApp> | undefined;

/**
 * An empty database: GET /api/plans lists no plans, and every plan or indicator is not found.
 * (Health still answers.) It is how a fresh install looks before anything is seeded.
 */
export function emptyPlan(): HttpHandler {
  return http.all(apiRequestPattern, async ({ request }) => {
    emptyApp ??= createMockApp(null);
    return (await emptyApp).fetch(request);
  });
}
