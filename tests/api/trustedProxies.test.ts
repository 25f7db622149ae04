/**
 * The sign-in throttle behind a reverse proxy: X-Forwarded-For names the client only when the
 * request comes from a proxy listed in TRUSTED_PROXIES. Otherwise anyone could dodge the
 * throttle by sending a new made-up address with every guess.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';

const startTimeout = 60_000;

async function serverTrusting(trustedProxies: string[]) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-proxies-'));
  const server = await startServer({
    port: 4199,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: null,
    adminPassword: 'a-long-enough-password',
    trustedProxies,
    distDir: path.join(dataDir, 'no-build'),
  });
  return {
    server,
    stop: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function guess(server: RunningServer, forwardedFor: string) {
  return fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { Origin: server.url, 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ username: 'admin', password: 'not the password' }),
  });
}

describe('X-Forwarded-For and the sign-in throttle', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it(
    'counts the guesses of one client behind a trusted proxy, and not those of another client',
    async () => {
      const running = await serverTrusting(['127.0.0.1']);
      stop = running.stop;
      for (let i = 0; i < 5; i += 1) expect((await guess(running.server, '198.51.100.1')).status).toBe(401);
      expect((await guess(running.server, '198.51.100.1')).status).toBe(429);
      expect((await guess(running.server, '198.51.100.2')).status).toBe(401);
    },
    startTimeout,
  );

  it(
    'ignores X-Forwarded-For from a peer that is not a trusted proxy, so made-up addresses do not help',
    async () => {
      const running = await serverTrusting([]);
      stop = running.stop;
      for (let i = 0; i < 5; i += 1)
        expect((await guess(running.server, `198.51.100.${i + 1}`)).status).toBe(401);
      expect((await guess(running.server, '198.51.100.99')).status).toBe(429);
    },
    startTimeout,
  );
});
