/**
 * Cross-site request forgery protection for every /api request that changes something:
 * 1. the origin: Hono's csrf() check, plus a refusal of any request whose Origin names another
 *    host or whose Sec-Fetch-Site says it came from another site (browsers always send one);
 * 2. the token: a request made with a session must carry that session's token in `X-CSRF-Token`.
 *    Signing in carries none yet, so it is checked by origin only.
 * Either failure is a 403 `forbidden` naming `origin` or `csrfToken`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';
import { constantTimeEqual } from './tokens';

export const csrfHeaderName = 'X-CSRF-Token';

/** Sign-in routes: they start a session, so there is no token to send yet. */
const tokenExemptPaths = new Set(['/api/session', '/api/session/mock-role']);

const honoOriginCheck = csrf();

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

async function checkOrigin(c: Context<AppEnv>): Promise<void> {
  try {
    await honoOriginCheck(c, async () => undefined);
  } catch (error) {
    if (error instanceof HTTPException) throw new ApiProblem('forbidden', { field: 'origin' });
    throw error;
  }
  const fetchSite = c.req.header('Sec-Fetch-Site');
  if (fetchSite === 'same-origin') return;
  if (fetchSite === 'cross-site' || fetchSite === 'same-site')
    throw new ApiProblem('forbidden', { field: 'origin' });
  // Behind a TLS proxy the scheme differs from what the server sees, so compare hosts only.
  const origin = c.req.header('Origin');
  if (origin !== undefined && hostOf(origin) !== new URL(c.req.url).host)
    throw new ApiProblem('forbidden', { field: 'origin' });
}

function checkToken(c: Context<AppEnv>): void {
  const session = c.get('session');
  // Without a session there is no authority to borrow; the route's guard answers 401.
  if (!session || (c.req.method === 'POST' && tokenExemptPaths.has(c.req.path))) return;
  const sent = c.req.header(csrfHeaderName);
  if (sent === undefined || !constantTimeEqual(sent, session.csrfToken))
    throw new ApiProblem('forbidden', { field: 'csrfToken' });
}

export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      await checkOrigin(c);
      checkToken(c);
    }
    await next();
  };
}
