/**
 * The webhook delivery worker. Every `pollMillis` it claims the due pending deliveries from the
 * outbox (server/store/alertsPort.ts `claimDue`, with a lease so that two servers never send the
 * same one at once), sends each with a timeout, and records the try in the delivery log:
 * - a 2xx answer (and, from a group robot, no error code in its body) marks it delivered, in the
 *   database, before anything else happens to it; it is never sent again;
 * - anything else (an error status, a timeout, a refused connection, a redirect, an address that is
 *   not allowed) schedules the next try after a wait that doubles each time (`retryDelay`), and
 *   gives up after `maxAttempts` tries (failed).
 * A server that stops between the change and the delivery leaves the delivery pending in the
 * database: the next server to run the worker sends it. A server that stops after the receiver
 * answered but before the mark leaves it to be sent again with the same alert id (in the body and
 * the `X-Alert-Id` and `Idempotency-Key` headers), which is how the receiver drops the repeat.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DeliveryAttempt } from '../../src/api/alertsContract';
import type { AttemptOutcome, StoredDelivery } from '../store/alertsPort';
import type { Store } from '../store/port';
import { isLocalHost, webhookAddressRefusal } from './webhookAddress';
import { webhookMessage } from './webhookMessages';

export interface Backoff {
  /** The wait after the first failed try. */
  firstMillis: number;
  /** The longest wait. */
  maxMillis: number;
  /** Tries before giving up. */
  maxAttempts: number;
}

export const defaultBackoff: Backoff = { firstMillis: 10_000, maxMillis: 3_600_000, maxAttempts: 10 };

/** The wait before the next try after `triesMade` failed tries: first, 2×first, 4×first… up to max. */
export function retryDelay(triesMade: number, backoff: Backoff): number {
  return Math.min(backoff.firstMillis * 2 ** Math.max(0, triesMade - 1), backoff.maxMillis);
}

export interface DeliveryWorkerOptions {
  store: Store;
  allowLocal: boolean;
  pollMillis?: number;
  timeoutMillis?: number;
  leaseMillis?: number;
  backoff?: Backoff;
  /** Deliveries claimed per round. */
  batch?: number;
  /** The addresses a host name resolves to (DNS by default). */
  resolve?: (hostname: string) => Promise<string[]>;
  now?: () => Date;
}

export interface DeliveryWorker {
  /** One round: claims the due deliveries and tries each; returns how many were tried. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the round under way. */
  stop(): Promise<void>;
}

async function resolveAll(hostname: string): Promise<string[]> {
  const addresses = await lookup(hostname, { all: true });
  return addresses.map((entry) => entry.address);
}

/** An error code in a robot's answer (企业微信/钉钉 `errcode`, 飞书 `code`), or null. */
function robotError(text: string): string | null {
  try {
    const body = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown; code?: unknown; msg?: unknown };
    if (typeof body.errcode === 'number' && body.errcode !== 0)
      return `errcode ${body.errcode}: ${String(body.errmsg ?? '')}`.slice(0, 300);
    if (typeof body.code === 'number' && body.code !== 0)
      return `code ${body.code}: ${String(body.msg ?? '')}`.slice(0, 300);
  } catch {
    // not JSON: a plain receiver's answer
  }
  return null;
}

export function startDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const pollMillis = options.pollMillis ?? 1000;
  const timeoutMillis = options.timeoutMillis ?? 5000;
  const leaseMillis = options.leaseMillis ?? Math.max(60_000, timeoutMillis * 3);
  const backoff = options.backoff ?? defaultBackoff;
  const resolve = options.resolve ?? resolveAll;
  const now = options.now ?? (() => new Date());
  const owner = crypto.randomUUID();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let round: Promise<number> | undefined;

  async function refusal(url: string): Promise<string | null> {
    const refused = webhookAddressRefusal(url, options.allowLocal);
    if (refused) return `address not allowed (${refused})`;
    if (options.allowLocal) return null;
    const { hostname } = new URL(url);
    if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) return null;
    const addresses = await resolve(hostname);
    return addresses.some(isLocalHost) ? 'address not allowed (local)' : null;
  }

  async function send(delivery: StoredDelivery): Promise<DeliveryAttempt> {
    const at = now().toISOString();
    const started = Date.now();
    const done = (httpStatus: number | null, error: string | null): DeliveryAttempt => ({
      at,
      httpStatus,
      error,
      durationMs: Math.max(0, Date.now() - started),
    });
    try {
      const refused = await refusal(delivery.webhook.url);
      if (refused) return done(null, refused);
      const response = await fetch(delivery.webhook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Alert-Id': delivery.alert.id,
          'Idempotency-Key': delivery.alert.id,
        },
        body: JSON.stringify(webhookMessage(delivery.webhook.format, delivery.alert)),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMillis),
      });
      const text = (await response.text()).slice(0, 10_000);
      if (response.status < 200 || response.status > 299)
        return done(response.status, `HTTP ${response.status}`);
      return done(response.status, delivery.webhook.format === 'json' ? null : robotError(text));
    } catch (error) {
      const reason =
        error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : error.message) : String(error);
      return done(null, reason.slice(0, 300));
    }
  }

  function outcomeOf(delivery: StoredDelivery, attempt: DeliveryAttempt): AttemptOutcome {
    if (attempt.error === null) return { status: 'delivered' };
    const triesMade = delivery.attempts.length + 1;
    if (triesMade >= backoff.maxAttempts) return { status: 'failed' };
    return {
      status: 'pending',
      nextAttemptAt: new Date(now().getTime() + retryDelay(triesMade, backoff)).toISOString(),
    };
  }

  async function runOnce(): Promise<number> {
    const at = now();
    const claimed = await options.store.alerts.claimDue(
      owner,
      at.toISOString(),
      new Date(at.getTime() + leaseMillis).toISOString(),
      options.batch ?? 10,
    );
    for (const delivery of claimed) {
      const attempt = await send(delivery);
      await options.store.alerts.finishAttempt(delivery.id, owner, attempt, outcomeOf(delivery, attempt));
    }
    return claimed.length;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runOnce().catch((error: unknown) => {
        console.warn('webhook delivery round failed', error);
        return 0;
      });
      void round.then(schedule);
    }, pollMillis);
    timer.unref?.();
  }

  schedule();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
