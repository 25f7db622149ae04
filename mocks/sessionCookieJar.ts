/**
 * The page's cookie jar for the mock in the browser. A browser drops Set-Cookie from a response
 * made in the page and a Cookie header from a request made in script, so the mock app's session
 * cookie would never come back to it. This keeps the session the app announces (in the
 * X-Mock-Session header, mock mode only) and hands it back with each request, as a browser
 * does for a real server. Node tests do not use it: they send their cookies themselves.
 */
import { mockSessionHeader, sessionCookieName } from '../server/auth/session';
import type { FetchHandler } from './handlers';

/** Gives the app these headers, which may carry a Cookie, instead of the request's own. */
function withCookie(request: Request, cookie: string): Request {
  const headers = new Headers(request.headers);
  headers.set('Cookie', cookie);
  Object.defineProperty(request, 'headers', { value: headers });
  return request;
}

export function withSessionCookieJar(app: () => Promise<FetchHandler>): () => Promise<FetchHandler> {
  let sessionToken = '';
  const handler: FetchHandler = {
    async fetch(request) {
      const target = await app();
      const sent = sessionToken ? withCookie(request, `${sessionCookieName}=${sessionToken}`) : request;
      const response = await target.fetch(sent);
      const announced = response.headers.get(mockSessionHeader);
      if (announced !== null) sessionToken = announced;
      return response;
    },
  };
  return () => Promise.resolve(handler);
}
