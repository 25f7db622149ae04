/**
 * Hole 9 of a probe as an attacker: 5,000 anonymous /api/events streams were all accepted. Open
 * streams are now capped per client (429) and in total (503), and a closed stream frees its place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from 'hono';
import { startInProcessApp, type InProcessApp } from './inProcessApp';

let running: InProcessApp | undefined;
afterEach(async () => {
  await running?.dispose();
  running = undefined;
});

const clientOf = (c: Context) => c.req.header('X-Test-Client') ?? 'unknown';

describe('open live-update streams', () => {
  it('refuses a client past its limit with 429, and everyone past the total with 503, in words', async () => {
    running = await startInProcessApp(
      'memory',
      { clientAddress: clientOf, eventStreamLimits: { perClient: 2, total: 3 } },
      { seedDemo: false },
    );
    const app = running.app;
    const open = (client: string) =>
      Promise.resolve(
        app.request('/api/events', { headers: { 'X-Test-Client': client, 'Accept-Language': 'en-US' } }),
      );

    const a1 = await open('10.0.0.1');
    const a2 = await open('10.0.0.1');
    expect([a1.status, a2.status]).toEqual([200, 200]);
    const a3 = await open('10.0.0.1');
    expect(a3.status).toBe(429);
    expect(((await a3.json()) as { error: { message: string } }).error.message).toMatch(
      /live-update connections/,
    );

    const b1 = await open('10.0.0.2');
    expect(b1.status).toBe(200);
    const b2 = await open('10.0.0.2');
    expect(b2.status).toBe(503);
    expect(((await b2.json()) as { error: { message: string } }).error.message).toMatch(
      /live-update connections/,
    );

    await a1.body?.cancel();
    const b3 = await open('10.0.0.2');
    expect(b3.status).toBe(200);
    for (const response of [a2, b1, b3]) await response.body?.cancel();
  });

  it('lets a thousand clients hold one stream each under the default limits', async () => {
    running = await startInProcessApp('memory', { clientAddress: clientOf }, { seedDemo: false });
    const app = running.app;
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, n) =>
        Promise.resolve(app.request('/api/events', { headers: { 'X-Test-Client': `c${n}` } })),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    await Promise.all(responses.map((response) => response.body?.cancel()));
  });
});
