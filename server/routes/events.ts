/**
 * `GET /api/events`: server-sent events telling open pages what changed, so they refetch it.
 * Each message's data is a LiveEvent as JSON. A comment line every 15 s keeps proxies from closing
 * the idle stream; the retry hint asks browsers to reconnect 3 s after a drop.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { LiveReady } from '../../src/api/liveContract';
import type { AppEnv } from '../http/appEnv';
import { noQuerySchema, parseQuery } from '../http/parameters';
import type { EventBus } from '../live/bus';

export const heartbeatMillis = 15_000;
export const reconnectMillis = 3_000;

export function eventRoutes(bus: EventBus) {
  return new Hono<AppEnv>().get('/', (c) => {
    parseQuery(noQuerySchema, c.req.queries());
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let sequence = 0;
      const unsubscribe = bus.subscribe((event) => {
        sequence += 1;
        void stream.writeSSE({ data: JSON.stringify(event), id: String(sequence) });
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMillis);
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      const ready: LiveReady = { latestChangeAt: bus.latestChangeAt() };
      await stream.writeSSE({ event: 'ready', data: JSON.stringify(ready), retry: reconnectMillis });
      if (!stream.aborted) await closed;
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
