/**
 * PostgreSQL going away under load and coming back: the shared test database cannot be restarted
 * safely, so the outage is made by cutting a TCP proxy in front of it (loopback, port 4190). While
 * it is down every read answers 503 with a clear message and readiness says not ready; the process
 * does not crash; once it is back the server answers again by itself, with no restart.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { createApp } from '../../server/app';
import { buildSeed } from '../../server/seed';
import { openStore } from '../../server/store/open';
import type { Store } from '../../server/store/port';

const databaseUrl = process.env.TEST_DATABASE_URL;
const proxyPort = 4190;

/** A TCP proxy to the database that can be cut (refusing and dropping every connection) and restored. */
function tcpProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(proxyPort, '127.0.0.1', resolve);
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  return { listen, cut };
}

describe.skipIf(!databaseUrl)('PostgreSQL cut off under load', () => {
  const target = new URL(databaseUrl ?? 'postgres://localhost/x');
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxyPort);
  const pgSchema = `outage_test_${process.pid}`;
  const proxy = tcpProxy(target);
  let store: Store;

  beforeAll(async () => {
    await proxy.listen();
    store = await openStore({ databaseUrl: proxied.href, dataDir: '', pgSchema });
    await store.seed(buildSeed({ demo: false }));
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await proxy.cut();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists "${pgSchema}" cascade`);
    await client.end();
  });

  it(
    'answers 503 in words while the database is away, and recovers by itself when it is back',
    { timeout: 120_000 },
    async () => {
      // Storage failures are logged on purpose here; the spy takes over the setup's.
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const app = createApp({ store, mode: 'server' });
      // The plan list is read from the database every time (a plan tree or an indicator kept
      // from before the outage may still be served: nothing can have changed it meanwhile).
      const read = () =>
        Promise.resolve(app.request('/api/plans', { headers: { 'Accept-Language': 'en-US' } }));
      expect((await read()).status).toBe(200);

      // Load under way when the database goes.
      const load = Array.from({ length: 40 }, () => read());
      await proxy.cut();
      const during = await Promise.all([...load, ...Array.from({ length: 40 }, () => read())]);
      const statuses = during.map((response) => response.status);
      expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
      const down = await read();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({
        error: { code: 'unavailable', message: 'The data store cannot be reached; please try again shortly' },
      });
      expect((await app.request('/api/ready')).status).toBe(503);
      expect(logged).toHaveBeenCalledWith('Storage failure:', expect.anything());

      await proxy.listen();
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
        status = (await read()).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
      expect((await app.request('/api/ready')).status).toBe(200);
    },
  );
});
