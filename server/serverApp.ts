/**
 * What the Node server answers: the API (compressed) and the built SPA around it.
 */
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { scryptHasher } from './auth/password';
import { createPageRenderer } from './firstScreen';
import { clientAddressOf, trustedProxies, type AddressTrust } from './http/clientAddress';
import { createErrorHandler, notFoundHandler } from './http/errors';
import { createEventBus, type EventBus } from './live/bus';
import type { EventStreamLimits, OpenEventStreams } from './http/eventStreamLimit';
import { compression } from './http/compression';
import { requestLog } from './http/requestLog';
import { securityHeaders } from './http/securityHeaders';
import { mountSpa } from './spa';
import type { Store } from './store/port';

/** The peer's address, or the client's behind a trusted proxy (server/http/clientAddress.ts). */
function clientAddress(c: Context, isTrusted: AddressTrust): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    // a request that did not come through a socket, as in app.request()
  }
  return peer ? clientAddressOf(peer, c.req.header('X-Forwarded-For'), isTrusted) : 'unknown';
}

export interface ServerAppDeps {
  store: Store;
  /** The built SPA. */
  distDir: string;
  /** The server-rendering build of the app (dist-server/entry-server.js); pages go out unrendered without it. */
  serverEntry?: string;
  anonymousMayView?: boolean;
  /** The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); none unless given. */
  trustedProxies?: readonly string[];
  /** Live updates over the store's change log; one of the app's own unless given. */
  bus?: EventBus;
  /** How many live-update streams may be open, per client and in all. */
  eventStreamLimits?: EventStreamLimits;
  /** Where each request's JSON log line goes; none are written without it. */
  logRequest?: (line: string) => void;
  /** The open live-update streams, which a shutting-down server ends. */
  openEventStreams?: OpenEventStreams;
  /** WEBHOOKS_ALLOW_LOCAL (server/alerts/webhookAddress.ts); false unless given. */
  webhooksAllowLocal?: boolean;
}

export function createServerApp(deps: ServerAppDeps): Hono {
  const server = new Hono();
  server.use(requestLog(deps.logRequest));
  server.use(securityHeaders());
  server.use(compression());
  const isTrusted = trustedProxies(deps.trustedProxies ?? []);
  const bus = deps.bus ?? createEventBus(deps.store.events);
  const api = createApp({
    store: deps.store,
    mode: 'server',
    webhooksAllowLocal: deps.webhooksAllowLocal ?? false,
    anonymousMayView: deps.anonymousMayView ?? true,
    passwordHasher: scryptHasher,
    clientAddress: (c) => clientAddress(c, isTrusted),
    bus,
    ...(deps.eventStreamLimits ? { eventStreamLimits: deps.eventStreamLimits } : {}),
    ...(deps.openEventStreams ? { openEventStreams: deps.openEventStreams } : {}),
  });
  server.route('/', api);
  mountSpa(
    server,
    deps.distDir,
    deps.serverEntry
      ? createPageRenderer(
          deps.serverEntry,
          api,
          undefined,
          { version: bus.version, anyoneMayRead: deps.anonymousMayView ?? true },
          path.join(deps.distDir, '.vite', 'manifest.json'),
        )
      : null,
  );
  server.notFound(notFoundHandler);
  server.onError(createErrorHandler('server'));
  return server;
}
