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

/** The open streams, so that a server shutting down can end them (see startServer.ts). */
export class OpenEventStreams {
  readonly #enders = new Set<() => void>();

  add(end: () => void): () => void {
    this.#enders.add(end);
    return () => this.#enders.delete(end);
  }

  /** Ends every open stream as if it had finished: clients see the end, then reconnect elsewhere. */
  endAll(): void {
    for (const end of [...this.#enders]) end();
  }
}

/** Wraps `body` so that `release` runs once when it ends, errs, the client goes away, or `streams` ends it. */
function releasingOnEnd(
  body: ReadableStream<Uint8Array>,
  release: () => void,
  streams: OpenEventStreams | undefined,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let ended = false;
  let forget: () => void = () => undefined;
  const finish = () => {
    ended = true;
    forget();
    release();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const unregister = streams?.add(() => {
        if (ended) return;
        finish();
        controller.close();
        void reader.cancel('server shutting down').catch(() => undefined);
      });
      if (unregister) forget = () => void unregister();
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (ended) return;
        if (done) {
          finish();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        if (ended) return;
        finish();
        controller.error(error);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason);
    },
  });
}

export function limitEventStreams(
  limits: EventStreamLimits,
  clientAddress: (c: Context) => string,
  streams?: OpenEventStreams,
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
    c.res = new Response(releasingOnEnd(body, release, streams), c.res);
  };
}
