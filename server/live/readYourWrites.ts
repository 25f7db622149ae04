/**
 * Read-your-writes across servers. A write's answer sets the cookie `tb_seen` to the last event
 * id this server has stored; a later request carrying a higher id than the server has heard (the
 * write was made on another server, and its announcement is still on the way) first reads the
 * change log, so its caches are invalidated before it answers. So a client behind a proxy that
 * spreads requests over several servers never reads data from before its own acknowledged write.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { EventBus } from './bus';

export const seenCookieName = 'tb_seen';

export function readYourWrites(bus: EventBus): MiddlewareHandler {
  return async (c, next) => {
    const seen = Number(getCookie(c, seenCookieName) ?? 0);
    if (Number.isSafeInteger(seen) && seen > bus.lastHeardId()) await bus.wake();
    const before = bus.lastStoredHereId();
    await next();
    const stored = bus.lastStoredHereId();
    if (stored > before && stored > seen)
      setCookie(c, seenCookieName, String(stored), { path: '/', httpOnly: true, sameSite: 'Strict' });
  };
}
