/**
 * Sessions: the http-only cookie `tb_session` holds a random token; the store keeps only its
 * SHA-256, the user it belongs to, a CSRF token and when it expires (12 hours after sign-in).
 * The middleware resolves the cookie on every /api request and sets `user` and `session`;
 * an expired, unknown or disabled user's session counts as anonymous and its cookie is cleared.
 *
 * In mock mode every cookie change is also announced in the `X-Mock-Session` header: the browser
 * drops Set-Cookie from responses made in the page, so the mock's cookie jar
 * (mocks/sessionCookieJar.ts) reads this instead.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SessionResponse } from '../../src/api/authContract';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem, type AppMode } from '../http/errors';
import type { StoredUser } from '../store/accountsPort';
import type { Store } from '../store/port';
import { toSessionUser } from './accounts';
import { randomToken, sha256Hex } from './tokens';

export const sessionCookieName = 'tb_session';
export const sessionLifetimeMillis = 12 * 60 * 60 * 1000;

/** 32 random bytes in URL-safe base64. Anything else in the cookie is not a token of ours. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const mockSessionHeader = 'X-Mock-Session';

/** What signing in and out needs. */
export interface SessionDeps {
  store: Store;
  mode: AppMode;
  now: () => Date;
}

export interface SessionOptions extends SessionDeps {
  /** When false, every GET under /api but health and session needs a signed-in user. */
  anonymousMayView: boolean;
}

/** Requests that anyone may make even when anonymous visitors may not view. */
const openPaths = new Set(['/api/health', '/api/ready', '/api/openapi.json', '/api/session']);

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';
}

function clearSessionCookie(c: Context, mode: AppMode): void {
  deleteCookie(c, sessionCookieName, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Strict' });
  if (mode === 'mock') c.header(mockSessionHeader, '');
}

function setSessionCookie(c: Context, mode: AppMode, token: string): void {
  setCookie(c, sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    maxAge: sessionLifetimeMillis / 1000,
  });
  if (mode === 'mock') c.header(mockSessionHeader, token);
}

async function resolveSession(c: Context<AppEnv>, options: SessionOptions): Promise<void> {
  c.set('user', null);
  c.set('session', null);
  const token = getCookie(c, sessionCookieName);
  if (token === undefined) return;
  if (!tokenPattern.test(token)) {
    clearSessionCookie(c, options.mode);
    return;
  }
  const id = await sha256Hex(token);
  const session = await options.store.accounts.getSession(id);
  const user = session ? await options.store.accounts.getUser(session.userId) : null;
  if (!session || !user || user.disabled || session.expiresAt <= options.now().toISOString()) {
    if (session) await options.store.accounts.deleteSession(id);
    clearSessionCookie(c, options.mode);
    return;
  }
  c.set('user', toSessionUser(user));
  c.set('session', { id, csrfToken: session.csrfToken });
}

export function sessionMiddleware(options: SessionOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await resolveSession(c, options);
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (reads && !options.anonymousMayView && !c.get('user') && !openPaths.has(c.req.path))
      throw new ApiProblem('unauthorized');
    await next();
  };
}

/** What `GET /api/session` answers for the request as it stands. */
export function sessionResponse(c: Context<AppEnv>, anonymousMayView: boolean): SessionResponse {
  return {
    user: c.get('user') ?? null,
    anonymousMayView,
    csrfToken: c.get('session')?.csrfToken ?? null,
  };
}

/**
 * Signs `user` in: ends the request's old session, stores a new one and sets its cookie.
 * Expired sessions of anyone are cleared out on the way.
 */
export async function startSession(c: Context<AppEnv>, deps: SessionDeps, user: StoredUser): Promise<void> {
  const { store } = deps;
  const now = deps.now();
  const previous = c.get('session');
  if (previous) await store.accounts.deleteSession(previous.id);
  await store.accounts.deleteExpiredSessions(now.toISOString());
  const token = randomToken();
  const id = await sha256Hex(token);
  const csrfToken = randomToken();
  await store.accounts.createSession({
    id,
    userId: user.id,
    csrfToken,
    expiresAt: new Date(now.getTime() + sessionLifetimeMillis).toISOString(),
    createdAt: now.toISOString(),
  });
  setSessionCookie(c, deps.mode, token);
  c.set('user', toSessionUser(user));
  c.set('session', { id, csrfToken });
}

/** Signs the request's session out, if it has one, and clears the cookie. */
export async function endSession(c: Context<AppEnv>, deps: SessionDeps): Promise<void> {
  const session = c.get('session');
  if (session) await deps.store.accounts.deleteSession(session.id);
  if (session || getCookie(c, sessionCookieName) !== undefined) clearSessionCookie(c, deps.mode);
  c.set('user', null);
  c.set('session', null);
}
