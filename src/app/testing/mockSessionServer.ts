/**
 * The mock API for a component test that signs in: the mock app with the page's cookie jar in
 * front, as in the browser, so a role chosen stays chosen. Call once at the top of a test file; it
 * registers its own hooks, and every test starts with a fresh app holding `seed()` and Chinese.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createMockHandlers, type FetchHandler } from '../../../mocks/handlers';
import { createMockApp } from '../../../mocks/mockApp';
import { withSessionCookieJar } from '../../../mocks/sessionCookieJar';
import type { SeedData } from '../../../server/store/port';
import { sessionResponseSchema, type Role, type SessionResponse } from '../../api/authContract';
import { resetLocale } from './renderApp';

export function mockSessionServer(seed: () => SeedData | null) {
  let jar: FetchHandler;
  const server = setupServer(...createMockHandlers(() => Promise.resolve(jar)));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    resetLocale();
    const app = await createMockApp(seed());
    jar = await withSessionCookieJar(() => Promise.resolve(app))();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  /** A request to the mock API with the page's cookies, as the page would send it. */
  const fetch = async (request: Request): Promise<Response> => jar.fetch(request);

  /** Signs the page in as a demo user of `role` (the mock's role switch). */
  async function actAs(role: Role): Promise<SessionResponse> {
    const response = await fetch(
      new Request('http://localhost/api/session/mock-role', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      }),
    );
    return sessionResponseSchema.parse(await response.json());
  }

  return { fetch, actAs };
}
