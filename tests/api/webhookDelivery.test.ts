/**
 * Webhooks survive a restart: a figure that turns a target 滞后 sends one 企业微信 markdown message to
 * a local receiver, even when the server that saved it stops before delivering and two servers
 * start after it on the same storage; the alert id lets the receiver tell a repeat, and none comes.
 * Failures are retried with a growing wait, every try shows in the admins' delivery log. On SQLite
 * and, when TEST_DATABASE_URL is set, on PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveriesResponseSchema, webhookResponseSchema, type Delivery } from '../../src/api/alertsContract';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import { signInWithPassword, type SignedIn } from './signIn';
import { startReceiver, type WebhookReceiver } from './webhookReceiver';

const databaseUrl = process.env.TEST_DATABASE_URL;
const indicatorId = 'fixed-asset-investment-growth';
/** Quick rounds and short waits, so retries happen within a test. */
const quickWorker = { pollMillis: 25, backoff: { firstMillis: 50, maxMillis: 400, maxAttempts: 5 } };

interface Storage {
  name: string;
  options(): Promise<Partial<ServerOptions>>;
  dispose(): Promise<void>;
}

function sqliteStorage(): Storage {
  let dataDir = '';
  return {
    name: 'SQLite',
    async options() {
      dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-webhooks-'));
      return { dataDir, databaseUrl: null };
    },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

function postgresStorage(url: string): Storage {
  const pgSchema = `webhooks_${process.pid}_${Date.now().toString(36)}`;
  return {
    name: 'PostgreSQL',
    async options() {
      return { dataDir: tmpdir(), databaseUrl: url, pgSchema };
    },
    async dispose() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${pgSchema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

const storages: (() => Storage)[] = [
  sqliteStorage,
  ...(databaseUrl ? [() => postgresStorage(databaseUrl)] : []),
];

describe.each(storages.map((make) => ({ make, name: make().name })))(
  'webhooks on $name',
  { timeout: 60_000 },
  ({ make }) => {
    let storage: Storage;
    let base: Partial<ServerOptions>;
    let receiver: WebhookReceiver;
    const running: RunningServer[] = [];
    const adminPassword = randomBytes(18).toString('base64url');

    async function start(extra: Partial<ServerOptions>): Promise<RunningServer> {
      const server = await startServer({
        ...base,
        adminPassword,
        port: 0,
        host: '127.0.0.1',
        seedDemo: true,
        distDir: path.join(tmpdir(), 'target-board-no-build'),
        webhooksAllowLocal: true,
        webhookWorker: quickWorker,
        ...extra,
      });
      running.push(server);
      return server;
    }

    function call(
      server: RunningServer,
      as: SignedIn,
      route: string,
      init: { method?: string; body?: unknown } = {},
    ) {
      return fetch(`${server.url}${route}`, {
        method: init.method ?? 'GET',
        headers: { ...as.headers, Origin: server.url, 'Content-Type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    }

    async function saveFigure(server: RunningServer, as: SignedIn, period: string, value: number) {
      const indicator = (await (await fetch(`${server.url}/api/indicators/${indicatorId}`)).json()) as {
        values: { period: string; version: number }[];
      };
      const expectedVersion = indicator.values.find((figure) => figure.period === period)?.version ?? null;
      const response = await call(server, as, `/api/indicators/${indicatorId}/values/${period}`, {
        method: 'PUT',
        body: { value, note: '', expectedVersion, confirmation: { reason: '测试' } },
      });
      expect(response.status, await response.clone().text()).toBe(200);
    }

    async function deliveries(server: RunningServer, as: SignedIn): Promise<Delivery[]> {
      const response = await call(server, as, '/api/webhook-deliveries');
      expect(response.status).toBe(200);
      return deliveriesResponseSchema.parse(await response.json()).deliveries;
    }

    /** The log once no delivery is pending any more (the mark follows the receiver's answer). */
    async function settledLog(server: RunningServer, as: SignedIn): Promise<Delivery[]> {
      let log = await deliveries(server, as);
      for (let round = 0; log.some((delivery) => delivery.status === 'pending') && round < 400; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        log = await deliveries(server, as);
      }
      return log;
    }

    async function addWebhook(server: RunningServer, as: SignedIn) {
      const response = await call(server, as, '/api/webhooks', {
        method: 'POST',
        body: {
          name: '统计工作群',
          url: receiver.url,
          format: 'wecomMarkdown',
          rules: ['statusBehind', 'statusMissed'],
          departments: [],
        },
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return webhookResponseSchema.parse(await response.json()).webhook;
    }

    /** Turns fixed-asset investment (target 8%) 滞后: 8.1 in April, then 5.0. */
    async function turnBehind(server: RunningServer, as: SignedIn, period: string) {
      await saveFigure(server, as, period, 8.1);
      await saveFigure(server, as, period, 5.0);
    }

    const alertIdsReceived = () => receiver.received.map((request) => request.headers['x-alert-id']);

    beforeEach(async () => {
      storage = make();
      base = await storage.options();
      receiver = await startReceiver();
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((server) => server.close()));
      await receiver.close();
      await storage.dispose();
    });

    it('a target turning 滞后 sends one 企业微信 message when the server stops between the change and the delivery', async () => {
      const first = await start({ webhookDelivery: false });
      const admin = await signInWithPassword(
        { baseUrl: first.url, adminPassword, stop: async () => {} },
        'admin',
        adminPassword,
      );
      await addWebhook(first, admin);
      await turnBehind(first, admin, '2024-04');
      const [pending] = await deliveries(first, admin);
      expect(pending).toMatchObject({
        status: 'pending',
        attempts: [],
        alert: { rule: 'statusBehind', level: 'yellow' },
      });
      expect(receiver.received).toEqual([]);
      await first.close();

      // Two servers start on the same storage, both delivering: one of them sends it, once.
      const second = await start({});
      const third = await start({});
      await receiver.waitFor(1);
      const alertId = pending!.alert.id;
      expect(receiver.received[0]).toMatchObject({
        headers: { 'x-alert-id': alertId, 'idempotency-key': alertId },
        body: { msgtype: 'markdown', markdown: { content: expect.stringContaining(`告警编号：${alertId}`) } },
      });
      expect(JSON.stringify(receiver.received[0]?.body)).toContain('「固定资产投资」转为滞后');

      // A second alert goes out after the first: by then both workers have had rounds to repeat the first, and none did.
      await turnBehind(third, admin, '2024-05');
      await receiver.waitFor(2);
      const ids = alertIdsReceived();
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
      expect(ids[0]).toBe(alertId);
      const log = await settledLog(second, admin);
      expect(log.map((delivery) => [delivery.status, delivery.attempts.length])).toEqual([
        ['delivered', 1],
        ['delivered', 1],
      ]);
    });

    it('a receiver that fails twice is tried again with a growing wait, and the log shows every try', async () => {
      receiver.answers = [500, 503];
      const server = await start({});
      const admin = await signInWithPassword(
        { baseUrl: server.url, adminPassword, stop: async () => {} },
        'admin',
        adminPassword,
      );
      await addWebhook(server, admin);
      await turnBehind(server, admin, '2024-04');
      await receiver.waitFor(3);
      const log = await settledLog(server, admin);
      expect(log).toHaveLength(1);
      expect(log[0]?.status).toBe('delivered');
      expect(log[0]?.attempts.map((attempt) => [attempt.httpStatus, attempt.error])).toEqual([
        [500, 'HTTP 500'],
        [503, 'HTTP 503'],
        [200, null],
      ]);
      const [firstTry, secondTry, thirdTry] = log[0]!.attempts.map((attempt) => Date.parse(attempt.at));
      // The waits are at least the backoff's: 50 ms after the first failure, 100 ms after the second.
      expect(secondTry! - firstTry!).toBeGreaterThanOrEqual(50);
      expect(thirdTry! - secondTry!).toBeGreaterThanOrEqual(100);
      expect(new Set(alertIdsReceived())).toEqual(new Set([log[0]?.alert.id]));
    });
  },
);
