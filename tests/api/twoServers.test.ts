/**
 * Two servers on one PostgreSQL schema, as behind a reverse proxy: a session begun on one works on
 * the other (cookie and CSRF token), failed sign-ins counted on one throttle the other, and a
 * dashboard whose event stream is connected to server B hears a save made on server A, through
 * LISTEN/NOTIFY and, with LIVE_UPDATES=poll, through polling the change log. A stream that
 * reconnects with Last-Event-ID is sent what it missed. Runs when TEST_DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveEventSchema, liveReadySchema } from '../../src/api/liveContract';
import type { LiveUpdatesMode } from '../../server/deploymentConfig';
import { startServer, type RunningServer } from '../../server/startServer';
import { planId } from './entryClient';
import { openEventStream, within } from './eventStream';
import { signInWithPassword, type SignedIn } from './signIn';

const databaseUrl = process.env.TEST_DATABASE_URL;
const startTimeout = 60_000;
const indicatorId = 'fixed-asset-investment-growth';
/**
 * Generous: the point is that the event arrives at all, not how fast. It is still below the 30 s
 * between the safety reads of a server that listens, so only NOTIFY (or LIVE_UPDATES=poll) can
 * deliver it in time.
 */
const arrivalBound = 10_000;
const streamTestTimeout = 30_000;

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

function twoServers(mode: LiveUpdatesMode, ports: [number, number]) {
  const schema = `two_servers_${mode}_${process.pid}_${Date.now().toString(36)}`;
  const adminPassword = randomBytes(18).toString('base64url');
  const servers: RunningServer[] = [];
  const options = (port: number) => ({
    adminPassword,
    port,
    host: '127.0.0.1',
    dataDir: tmpdir(),
    databaseUrl: databaseUrl ?? null,
    pgSchema: schema,
    liveUpdates: mode,
    seedDemo: true,
    distDir: path.join(tmpdir(), 'target-board-no-build'),
  });
  return {
    adminPassword,
    servers,
    async start() {
      // One after the other: the first seeds the schema and creates the admin, the second finds them.
      servers.push(await startServer(options(ports[0])));
      servers.push(await startServer(options(ports[1])));
      return servers as [RunningServer, RunningServer];
    },
    async stop() {
      await Promise.all(servers.map((server) => server.close()));
      await dropSchema(schema);
    },
  };
}

/** A session's headers, sent to `server` (the Origin is the one the page was loaded from). */
function headersFor(session: SignedIn, server: RunningServer): Record<string, string> {
  return { ...session.headers, Origin: server.url, 'Content-Type': 'application/json' };
}

async function currentVersion(server: RunningServer, period: string): Promise<number | null> {
  const response = await fetch(`${server.url}/api/indicators/${indicatorId}`);
  const body = (await response.json()) as { values: { period: string; version: number }[] };
  return body.values.find((value) => value.period === period)?.version ?? null;
}

async function saveFigure(server: RunningServer, session: SignedIn, period: string, value: number) {
  const expectedVersion = await currentVersion(server, period);
  return fetch(`${server.url}/api/indicators/${indicatorId}/values/${period}`, {
    method: 'PUT',
    headers: headersFor(session, server),
    body: JSON.stringify({ value, note: '', expectedVersion }),
  });
}

describe.skipIf(!databaseUrl)('two servers on one PostgreSQL database', { timeout: 30_000 }, () => {
  const pair = twoServers('notify', [4195, 4196]);
  let a: RunningServer;
  let b: RunningServer;
  let admin: SignedIn;

  beforeAll(async () => {
    [a, b] = await pair.start();
    admin = await signInWithPassword(
      { baseUrl: a.url, stop: async () => undefined },
      'admin',
      pair.adminPassword,
    );
  }, startTimeout);
  afterAll(() => pair.stop(), startTimeout);

  it('says at start that it hears the other servers through LISTEN/NOTIFY', () => {
    expect(a.liveUpdates).toBe('PostgreSQL LISTEN/NOTIFY');
    expect(b.liveUpdates).toBe('PostgreSQL LISTEN/NOTIFY');
  });

  it('lets a user signed in on server A save on server B with the same cookie and CSRF token', async () => {
    const onB = await fetch(`${b.url}/api/session`, { headers: { Cookie: admin.cookie } });
    expect(((await onB.json()) as { user: { username: string } | null }).user?.username).toBe('admin');
    const saved = await saveFigure(b, admin, '2024-04', 8.1);
    expect(saved.status, await saved.clone().text()).toBe(200);
    const withoutToken = await fetch(`${b.url}/api/indicators/${indicatorId}/values/2024-04`, {
      method: 'PUT',
      headers: { Cookie: admin.cookie, Origin: b.url, 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: 8.2, note: '', expectedVersion: await currentVersion(b, '2024-04') }),
    });
    expect(withoutToken.status).toBe(403);
  });

  it('shows on server A a save made on server B to the same client at once, though A kept the plan tree', async () => {
    const figureOn = async (server: RunningServer, headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}/api/plans/${planId}`, { headers });
      const tree = (await response.json()) as {
        values: { indicatorId: string; period: string; value: number }[];
      };
      return tree.values.find((v) => v.indicatorId === indicatorId && v.period === '2024-07')?.value ?? null;
    };
    for (const value of [6.6, 6.7, 6.8]) {
      await figureOn(a); // A computes and keeps the tree
      const saved = await saveFigure(b, admin, '2024-07', value);
      expect(saved.status).toBe(200);
      const seen = saved.headers.getSetCookie().find((line) => line.startsWith('tb_seen='));
      expect(seen).toBeDefined();
      expect(await figureOn(a, { Cookie: `${admin.cookie}; ${seen?.split(';')[0] ?? ''}` })).toBe(value);
    }
  });

  it('counts failed sign-ins made on server A when someone tries again on server B', async () => {
    const username = `nobody-${randomBytes(3).toString('hex')}`;
    const attempt = (server: RunningServer) =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { Origin: server.url, 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: 'not the password' }),
      });
    for (let i = 0; i < 5; i += 1) expect((await attempt(a)).status).toBe(401);
    expect((await attempt(b)).status).toBe(429);
  });

  it(
    'tells a dashboard whose stream is on server B of a save made on server A',
    async () => {
      const stream = await openEventStream(b.url);
      try {
        expect((await stream.nextMessage()).event).toBe('ready');
        const saved = await saveFigure(a, admin, '2024-05', 7.3);
        expect(saved.status).toBe(200);
        const message = await within(arrivalBound, stream.nextMessage(), 'the save made on A');
        expect(liveEventSchema.parse(JSON.parse(message.data ?? ''))).toEqual({
          type: 'values',
          planId,
          ids: [indicatorId],
        });
        expect(Number(message.id)).toBeGreaterThan(0);
      } finally {
        stream.stop();
      }
    },
    streamTestTimeout,
  );

  it(
    'sends a stream that reconnects to server B with Last-Event-ID the saves it missed on server A',
    async () => {
      const first = await openEventStream(b.url);
      expect((await first.nextMessage()).event).toBe('ready');
      expect((await saveFigure(a, admin, '2024-08', 5.1)).status).toBe(200);
      const heard = await within(arrivalBound, first.nextMessage(), 'the first save');
      first.stop();

      expect((await saveFigure(a, admin, '2024-09', 5.2)).status).toBe(200);
      expect((await saveFigure(a, admin, '2024-10', 5.3)).status).toBe(200);

      const again = await openEventStream(b.url, { 'Last-Event-ID': heard.id ?? '' });
      try {
        const ready = await again.nextMessage();
        expect(ready.event).toBe('ready');
        expect(liveReadySchema.parse(JSON.parse(ready.data ?? '')).caughtUp).toBe(true);
        const missed = [await again.nextMessage(), await again.nextMessage()];
        expect(missed.map((message) => Number(message.id))).toEqual(
          [1, 2].map((step) => Number(heard.id) + step),
        );
      } finally {
        again.stop();
      }
    },
    streamTestTimeout,
  );
});

describe.skipIf(!databaseUrl)(
  'two servers on one PostgreSQL database without NOTIFY (LIVE_UPDATES=poll)',
  () => {
    const pair = twoServers('poll', [4197, 4198]);
    let a: RunningServer;
    let b: RunningServer;

    beforeAll(async () => {
      [a, b] = await pair.start();
    }, startTimeout);
    afterAll(() => pair.stop(), startTimeout);

    it(
      'says at start that it polls, and still tells a stream on server B of a save made on server A',
      async () => {
        expect(b.liveUpdates).toMatch(/^polling the change log every \d+ ms \(LIVE_UPDATES=poll\)$/);
        const admin = await signInWithPassword(
          { baseUrl: a.url, stop: async () => undefined },
          'admin',
          pair.adminPassword,
        );
        const stream = await openEventStream(b.url);
        try {
          expect((await stream.nextMessage()).event).toBe('ready');
          expect((await saveFigure(a, admin, '2024-05', 7.4)).status).toBe(200);
          const message = await within(arrivalBound, stream.nextMessage(), 'the save made on A');
          expect(liveEventSchema.parse(JSON.parse(message.data ?? ''))).toMatchObject({
            type: 'values',
            planId,
          });
        } finally {
          stream.stop();
        }
      },
      streamTestTimeout,
    );
  },
);
