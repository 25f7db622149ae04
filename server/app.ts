/**
 * The API as a Hono app over a storage port. It never listens: server/main.ts serves it in Node,
 * and the mock runs this same app in the browser's service worker (so no Node-only imports here).
 */
import { Hono, type Context } from 'hono';
import { csrfProtection } from './auth/csrf';
import { HashingTurns, limitHashing, type HashingLimits } from './auth/hashingLimit';
import type { PasswordHasher } from './auth/passwordHasher';
import { sessionMiddleware } from './auth/session';
import type { AppEnv } from './http/appEnv';
import { createErrorHandler, notFoundHandler, type AppMode } from './http/errors';
import {
  defaultEventStreamLimits,
  limitEventStreams,
  type EventStreamLimits,
  type OpenEventStreams,
} from './http/eventStreamLimit';
import { guardStorage } from './http/storageGuard';
import { refuseUnstorableParameters } from './http/text';
import { createEventBus, type EventBus } from './live/bus';
import { createReadCache } from './live/readCache';
import { readYourWrites } from './live/readYourWrites';
import { alertRoutes } from './routes/alerts';
import { auditRoutes } from './routes/audit';
import { explanationRoutes } from './routes/explanations';
import { reminderRoutes } from './routes/reminders';
import { todoRoutes } from './routes/todo';
import { deckRoutes } from './routes/decks';
import { departmentRoutes } from './routes/departments';
import { definitionRoutes } from './routes/definitions';
import { eventRoutes } from './routes/events';
import { figureReviewRoutes } from './routes/figureReviews';
import { openApiDocument } from './openapi';
import { healthRoutes, readyRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { planContentRoutes } from './routes/planContents';
import { planDraftRoutes } from './routes/planDrafts';
import { planEditingRoutes } from './routes/planEditing';
import { planRoutes } from './routes/plans';
import { planTemplateRoutes } from './routes/planTemplate';
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
  /** How many passwords may be hashed at once, and how many wait (auth/hashingLimit.ts). */
  hashingLimits?: HashingLimits;
  /** How many live-update streams may be open per client and in all (http/eventStreamLimit.ts). */
  eventStreamLimits?: EventStreamLimits;
  /** The open live-update streams, which a shutting-down server ends. */
  openEventStreams?: OpenEventStreams;
  /** The clock sessions expire by. */
  now?: () => Date;
  /**
   * WEBHOOKS_ALLOW_LOCAL: whether a webhook may send to this machine or a private network; false
   * unless said otherwise (the mock allows it: it never sends).
   */
  webhooksAllowLocal?: boolean;
  /** Live updates: passes on what the store's change log records; `GET /api/events` streams it. One per app unless given. */
  bus?: EventBus;
}

export function createApp(deps: AppDeps) {
  const store = guardStorage(deps.store);
  // The bus hears commits through the raw store: the guard would turn its listener calls asynchronous.
  const bus = deps.bus ?? createEventBus(deps.store.events);
  const cache = createReadCache(bus);
  const accounts = {
    store,
    mode: deps.mode,
    anonymousMayView: deps.anonymousMayView ?? true,
    passwordHasher: deps.passwordHasher,
    clientAddress: deps.clientAddress ?? (() => 'unknown'),
    now: deps.now ?? (() => new Date()),
    hashingTurns: new HashingTurns(deps.hashingLimits),
  };
  const hashingAccounts = {
    ...accounts,
    passwordHasher: accounts.passwordHasher && limitHashing(accounts.passwordHasher, accounts.hashingTurns),
  };
  const app = new Hono<AppEnv>()
    .use('/api/*', refuseUnstorableParameters())
    .use('/api/*', sessionMiddleware(accounts))
    .use('/api/*', csrfProtection())
    .use('/api/*', readYourWrites(bus))
    .route('/api/session', sessionRoutes(accounts))
    .route('/api/users', userRoutes(hashingAccounts))
    .route('/api/health', healthRoutes(store, deps.mode))
    .route('/api/ready', readyRoutes(store))
    .get('/api/openapi.json', (c) => c.json(openApiDocument()))
    .route('/api/plans', planRoutes(store, cache))
    .route('/api/plan-drafts', planDraftRoutes(store))
    .route('/api/indicators', indicatorRoutes(store, cache))
    .route('/api', deckRoutes(store))
    .route('/api', snapshotRoutes(store))
    .route('/api', projectRoutes(store, cache, bus))
    .route('/api', valueRoutes(store))
    .route('/api', figureReviewRoutes(store))
    .route('/api', definitionRoutes(store))
    .route('/api', planEditingRoutes(store))
    .route('/api', planContentRoutes(store))
    .route('/api', departmentRoutes(store))
    .route('/api', auditRoutes(store))
    .route('/api', transferRoutes(store))
    .route('/api', planTemplateRoutes(store))
    .route('/api', reminderRoutes(store, accounts.now))
    .route('/api', explanationRoutes(store, accounts.now))
    .route('/api', todoRoutes(store, accounts.now))
    .route(
      '/api',
      alertRoutes(store, { webhooksAllowLocal: deps.webhooksAllowLocal ?? deps.mode === 'mock' }),
    )
    .use(
      '/api/events',
      limitEventStreams(
        deps.eventStreamLimits ?? defaultEventStreamLimits,
        accounts.clientAddress,
        deps.openEventStreams,
      ),
    )
    .route('/api/events', eventRoutes(bus));
  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(deps.mode));
  return app;
}

export type ApiApp = ReturnType<typeof createApp>;
