/**
 * The API as a Hono app over a storage port. It never listens: server/main.ts serves it in Node,
 * and the mock runs this same app in the browser's service worker (so no Node-only imports here).
 */
import { Hono, type Context } from 'hono';
import { csrfProtection } from './auth/csrf';
import type { PasswordHasher } from './auth/passwordHasher';
import { sessionMiddleware } from './auth/session';
import type { AppEnv } from './http/appEnv';
import { createErrorHandler, notFoundHandler, type AppMode } from './http/errors';
import { guardStorage } from './http/storageGuard';
import { createEventBus, type EventBus } from './live/bus';
import { auditRoutes } from './routes/audit';
import { deckRoutes } from './routes/decks';
import { departmentRoutes } from './routes/departments';
import { definitionRoutes } from './routes/definitions';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { planContentRoutes } from './routes/planContents';
import { planEditingRoutes } from './routes/planEditing';
import { planRoutes } from './routes/plans';
import { projectRoutes } from './routes/projects';
import { sessionRoutes } from './routes/session';
import { snapshotRoutes } from './routes/snapshots';
import { transferRoutes } from './routes/transfer';
import { userRoutes } from './routes/users';
import { valueRoutes } from './routes/values';
import type { Store } from './store/port';

export interface AppDeps {
  store: Store;
  mode: AppMode;
  /** ANONYMOUS_VIEW: whether visitors who are not signed in may read; true unless said otherwise. */
  anonymousMayView?: boolean;
  /** Hashes and checks passwords (the Node server's scrypt). Without one there is no password sign-in, as in the mock. */
  passwordHasher?: PasswordHasher;
  /** The client's network address, for throttling failed sign-ins. */
  clientAddress?: (c: Context) => string;
  /** The clock sessions expire by. */
  now?: () => Date;
  /** Live updates: write routes publish here, `GET /api/events` streams it. One per app unless given. */
  bus?: EventBus;
}

export function createApp(deps: AppDeps) {
  const store = guardStorage(deps.store);
  const bus = deps.bus ?? createEventBus();
  const accounts = {
    store,
    mode: deps.mode,
    anonymousMayView: deps.anonymousMayView ?? true,
    passwordHasher: deps.passwordHasher,
    clientAddress: deps.clientAddress ?? (() => 'unknown'),
    now: deps.now ?? (() => new Date()),
  };
  // Plan edits tell open pages of what they wrote once it has committed.
  void store.planEditing.onCommit((events) => {
    for (const event of events) bus.publish(event);
  });
  const app = new Hono<AppEnv>()
    .use('/api/*', sessionMiddleware(accounts))
    .use('/api/*', csrfProtection())
    .route('/api/session', sessionRoutes(accounts))
    .route('/api/users', userRoutes(accounts))
    .route('/api/health', healthRoutes(store, deps.mode))
    .route('/api/plans', planRoutes(store))
    .route('/api/indicators', indicatorRoutes(store))
    .route('/api', deckRoutes(store, bus))
    .route('/api', snapshotRoutes(store))
    .route('/api', projectRoutes(store, bus))
    .route('/api', valueRoutes(store, bus))
    .route('/api', definitionRoutes(store, bus))
    .route('/api', planEditingRoutes(store, bus))
    .route('/api', planContentRoutes(store))
    .route('/api', departmentRoutes(store))
    .route('/api', auditRoutes(store))
    .route('/api', transferRoutes(store, bus))
    .route('/api/events', eventRoutes(bus));
  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(deps.mode));
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
