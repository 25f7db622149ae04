/**
 * What the Node server answers: the API (compressed) and the built SPA around it.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from './app';
import { createErrorHandler, notFoundHandler } from './http/errors';
import { mountSpa } from './spa';
import type { Store } from './store/port';

export function createServerApp(deps: { store: Store; distDir: string }): Hono {
  const server = new Hono();
  server.use(compress());
  server.route('/', createApp({ store: deps.store, mode: 'server' }));
  mountSpa(server, deps.distDir);
  server.notFound(notFoundHandler);
  server.onError(createErrorHandler('server'));
  return server;
}
