/**
 * The API as a Hono app over a storage port. It never listens: server/main.ts serves it in Node,
 * and the mock runs this same app in the browser's service worker (so no Node-only imports here).
 */
import { Hono } from 'hono';
import { createErrorHandler, notFoundHandler, type AppMode } from './http/errors';
import { guardStorage } from './http/storageGuard';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { planRoutes } from './routes/plans';
import type { Store } from './store/port';

export interface AppDeps {
  store: Store;
  mode: AppMode;
}

export function createApp(deps: AppDeps) {
  const store = guardStorage(deps.store);
  const app = new Hono()
    .route('/api/health', healthRoutes(store, deps.mode))
    .route('/api/plans', planRoutes(store))
    .route('/api/indicators', indicatorRoutes(store));
  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(deps.mode));
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
