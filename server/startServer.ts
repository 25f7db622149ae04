/**
 * Starts the real server: opens the configured store, seeds it when empty, and listens. main.ts
 * runs it from the environment; tests call it with port 0 and a temporary data directory.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AlertsConfig } from './alerts/alertsConfig';
import { startAlerts, type AlertsRunOptions } from './alerts/startAlerts';
import { bootstrapAdmin } from './auth/bootstrapAdmin';
import { scryptHasher } from './auth/password';
import type { ServerConfig } from './config';
import type { DeploymentConfig } from './deploymentConfig';
import { startLiveUpdates } from './live/startLiveUpdates';
import { OpenEventStreams, type EventStreamLimits } from './http/eventStreamLimit';
import { buildSeed } from './seed';
import { createServerApp } from './serverApp';
import { openStore, sqliteFileName } from './store/open';
import type { Store } from './store/port';
import { reasonOf, StorageStartError } from './store/startError';

export interface ServerOptions extends ServerConfig, DeploymentConfig, Partial<AlertsConfig> {
  /** The webhook delivery worker's timing (tests shorten it). */
  webhookWorker?: AlertsRunOptions['worker'];
  /** The PostgreSQL schema to work in; `public` unless given. */
  pgSchema?: string;
  /** The built SPA; ./dist by default. */
  distDir: string;
  /** The server-rendering build; ./dist-server/entry-server.js by default. */
  serverEntry: string;
  /** How many live-update streams may be open (EVENT_STREAMS_PER_CLIENT, EVENT_STREAMS_MAX). */
  eventStreamLimits?: EventStreamLimits;
  /** Writes each request's JSON log line (main.ts: to stdout); none without it. */
  logRequest?: (line: string) => void;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  /** `sqlite <file>` or `postgres`, for the start-up line. */
  storage: string;
  /** How this server hears of writes made by others, for the start-up line. */
  liveUpdates: string;
  /** Stops listening, then closes the store. */
  close(): Promise<void>;
}

/** The server could not listen (the port is taken, the host is not this machine's); one line. */
export class ListenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ListenError';
  }
}

const shutdownGraceMillis = 5000;

export const defaultServerOptions: ServerOptions = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: path.resolve('data'),
  databaseUrl: null,
  seedDemo: true,
  anonymousMayView: true,
  adminPassword: null,
  liveUpdates: 'notify',
  trustedProxies: [],
  distDir: path.resolve('dist'),
  serverEntry: path.resolve('dist-server/entry-server.js'),
};

async function seedIfEmpty(store: Store, seedDemo: boolean): Promise<void> {
  try {
    if (await store.isEmpty()) await store.seed(buildSeed({ demo: seedDemo }));
  } catch (error) {
    throw new StorageStartError(
      `无法写入初始数据:${reasonOf(error)} / Cannot write the initial data: ${reasonOf(error)}`,
      { cause: error },
    );
  }
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function startServer(overrides: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const options = { ...defaultServerOptions, ...overrides };
  const store = await openStore({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
  });
  let live: Awaited<ReturnType<typeof startLiveUpdates>> | undefined;
  let stopAlerts: () => Promise<void> = () => Promise.resolve();
  try {
    await seedIfEmpty(store, options.seedDemo);
    await bootstrapAdmin(store, {
      adminPassword: options.adminPassword,
      hasher: scryptHasher,
      log: console.log,
    });
    live = await startLiveUpdates({
      store,
      mode: options.liveUpdates,
      databaseUrl: options.databaseUrl,
      ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
    });
    const openEventStreams = new OpenEventStreams();
    const alerts = startAlerts({
      store,
      webhooksAllowLocal: options.webhooksAllowLocal ?? false,
      webhookDelivery: options.webhookDelivery ?? true,
      ...(options.webhookWorker ? { worker: options.webhookWorker } : {}),
    });
    stopAlerts = () => alerts.stop();
    const app = createServerApp({
      webhooksAllowLocal: options.webhooksAllowLocal ?? false,
      store,
      bus: live.bus,
      trustedProxies: options.trustedProxies,
      distDir: options.distDir,
      serverEntry: options.serverEntry,
      anonymousMayView: options.anonymousMayView,
      ...(options.eventStreamLimits ? { eventStreamLimits: options.eventStreamLimits } : {}),
      ...(options.logRequest ? { logRequest: options.logRequest } : {}),
      openEventStreams,
    });
    const address = urlOf(options.host, options.port);
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const listening = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
        resolve(listening),
      );
      listening.once('error', (error) => {
        const reason = reasonOf(error);
        reject(
          new ListenError(`无法监听 ${address}:${reason} / Cannot listen on ${address}: ${reason}`, {
            cause: error,
          }),
        );
      });
    });
    const { port } = server.address() as AddressInfo;
    const running = live;
    let closing: Promise<void> | undefined;
    return {
      url: urlOf(options.host, port),
      storage: options.databaseUrl
        ? 'postgres'
        : `sqlite ${path.join(path.resolve(options.dataDir), sqliteFileName)}`,
      liveUpdates: live.description,
      close: () => {
        closing ??= new Promise<void>((resolve) => {
          // New connections are refused; requests under way (writes included) finish; idle
          // connections and live-update streams end now; whatever is still open after a grace
          // period is cut. The store closes last.
          server.close(() => resolve());
          openEventStreams.endAll();
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          if ('closeAllConnections' in server)
            setTimeout(() => server.closeAllConnections(), shutdownGraceMillis).unref();
        })
          .then(() => stopAlerts())
          .then(() => running.close())
          .then(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await stopAlerts();
    await live?.close();
    await store.close();
    throw error;
  }
}
