/**
 * `GET /api/events`: server-sent events telling open pages what changed, so they refetch it.
 * Each message's data is a LiveEvent as JSON and its id the event's id in the change log. A page
 * that reconnects with Last-Event-ID (or `?lastEventId=`) is first sent what it missed, then the
 * live events. A comment line every 15 s keeps proxies from closing the idle stream; the retry
 * hint asks browsers to reconnect 3 s after a drop.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { liveEventsQuerySchema, type LiveReady } from '../../src/api/liveContract';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';
import { parseQuery } from '../http/parameters';
import type { EventBus, StoredEvent } from '../live/bus';

export const heartbeatMillis = 15_000;
export const reconnectMillis = 3_000;

/** The last event id a reconnecting page heard: the header browsers send, or the query a page adds itself. */
function lastEventIdOf(header: string | undefined, query: number | undefined): number | null {
  if (header !== undefined && header.trim() !== '') {
    if (!/^\d{1,15}$/.test(header.trim()))
      throw new ApiProblem('invalidParameter', { field: 'Last-Event-ID' });
    return Number(header.trim());
  }
  return query ?? null;
}

export function eventRoutes(bus: EventBus) {
  return new Hono<AppEnv>().get('/', (c) => {
    const query = parseQuery(liveEventsQuerySchema, c.req.queries());
    const lastEventId = lastEventIdOf(c.req.header('Last-Event-ID'), query.lastEventId);
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let sentUpTo = lastEventId ?? 0;
      let held: StoredEvent[] | null = [];
      const send = (stored: StoredEvent) => {
        if (stored.id <= sentUpTo) return;
        sentUpTo = stored.id;
        void stream.writeSSE({ data: JSON.stringify(stored.event), id: String(stored.id) });
      };
      // Live events are held back until what the page missed has been sent, then follow in order.
      const unsubscribe = bus.subscribe((stored) => (held ? held.push(stored) : send(stored)));
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMillis);
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      try {
        // When the change log cannot be read, the page is told to fetch everything instead.
        const missed =
          lastEventId === null || lastEventId === 0 ? [] : await bus.replay(lastEventId).catch(() => null);
        if (missed === null) sentUpTo = 0;
        const ready: LiveReady = {
          latestChangeAt: bus.latestChangeAt(),
          ...(lastEventId === null ? {} : { caughtUp: missed !== null }),
        };
        await stream.writeSSE({ event: 'ready', data: JSON.stringify(ready), retry: reconnectMillis });
        for (const stored of missed ?? []) send(stored);
        for (const stored of held) send(stored);
        held = null;
        if (!stream.aborted) await closed;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  });
}
