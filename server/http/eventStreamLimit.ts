/**
 * A cap on open live-update streams (`GET /api/events`): each holds a connection and a subscription
 * for as long as the page is open, so without one anyone could open thousands. Past `perClient`
 * streams from one address the answer is 429; past `total` streams in all, 503. A stream's place
 * is freed when it ends, however it ends. Set by EVENT_STREAMS_PER_CLIENT and EVENT_STREAMS_MAX
 * (config.ts).
 * Browser-safe.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors';

export interface EventStreamLimits {
  perClient: number;
  total: number;
}

/**
 * Generous for an office whose users all reach the server from one address (a proxy or NAT), and
 * far below what the server could not hold.
 */
export const defaultEventStreamLimits: EventStreamLimits = { perClient: 200, total: 2000 };

/** Wraps `body` so that `release` runs once when it ends, errs, or the client goes away. */
function releasingOnEnd(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
}

export function limitEventStreams(
  limits: EventStreamLimits,
  clientAddress: (c: Context) => string,
): MiddlewareHandler {
  const openByClient = new Map<string, number>();
  let open = 0;
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const client = clientAddress(c);
    const ofClient = openByClient.get(client) ?? 0;
    if (ofClient >= limits.perClient) throw new ApiProblem('tooManyRequests', { field: 'eventStreams' });
    if (open >= limits.total) throw new ApiProblem('unavailable', { field: 'eventStreams' });
    open += 1;
    openByClient.set(client, ofClient + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      open -= 1;
      const left = (openByClient.get(client) ?? 1) - 1;
      if (left > 0) openByClient.set(client, left);
      else openByClient.delete(client);
    };
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const { body } = c.res;
    if (!body || c.res.status !== 200) {
      release();
      return;
    }
    c.res = new Response(releasingOnEnd(body, release), c.res);
  };
}
